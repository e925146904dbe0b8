package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's webapps as Safar's users meet them. What Tasklist fetches, fetched as Tasklist does (a
 * webapp session, the browser's language): the task and process names and the task forms come in
 * the user's language, while other clients of the engine REST API keep the names of the models.
 * And Tasklist, Cockpit and Admin carry Safar's name, without Camunda's migration banner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SafarWebappsTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    TasklistNames names;

    @Autowired
    UserLanguages userLanguages;

    private final ObjectMapper json = new ObjectMapper();
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    private long delegationId;

    @BeforeEach
    void aDelegationWaitsForVetting() {
        SafarApi api = new SafarApi(rest);
        delegationId = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Hub conference", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(api.programmeId("Astana Civil Service Hub"), api.staffIds("Islom Abdurakhmonov"))))
                .get("id").asLong();
    }

    @Test
    void aRussianBrowserGetsTaskNamesAndTheTaskFormInRussian() throws Exception {
        logIn("gulnoza", "ru-RU,ru;q=0.9,en;q=0.8");

        JsonNode list = get(ENGINE + "/task?processInstanceBusinessKey=" + BusinessKeys.of(delegationId), "ru-RU,ru;q=0.9");
        JsonNode tasks = list.get("_embedded").get("task");
        // The name, and the delegation's headline that tells it from the same task of another delegation.
        String headline = " — " + BusinessKeys.of(delegationId) + " · ";
        assertThat(tasks.findValuesAsText("name")).singleElement().asString()
                .startsWith("Проверка: Islom Abdurakhmonov" + headline + "Hub conference · Казахстан · ");
        assertThat(list.get("_embedded").get("processDefinition").findValuesAsText("name")).containsExactly("Проверка и утверждение");
        JsonNode task = get(ENGINE + "/task/" + tasks.get(0).get("id").asText(), "ru-RU");
        assertThat(task.get("name").asText()).startsWith("Проверка: Islom Abdurakhmonov" + headline);
        assertThat(task.get("description").asText()).startsWith("По одной задаче на каждого участника");
        assertThat(task.get("_embedded").get("group").findValuesAsText("name"))
                .containsExactly("Кадровая проверка и служба безопасности");

        JsonNode form = get(ENGINE + "/task/" + task.get("id").asText() + "/deployed-form", "ru-RU");
        assertThat(field(form, "Field_Clearance").get("label").asText()).isEqualTo("Допуск");
        assertThat(field(form, "Field_Clearance").get("values").findValuesAsText("label"))
                .containsExactly("Допущен", "Не допущен");
        assertThat(field(form, "Text_Delegation").get("text").asText()).contains("**Принимающая сторона:**");

        JsonNode filters = get(ENGINE + "/filter?resourceType=Task", "ru-RU");
        assertThat(filters.findValuesAsText("name")).contains("Мои задачи", "Задачи моей группы", "Скоро срок");
        String groupTasks = filters.get(1).get("id").asText();
        JsonNode filtered = post(ENGINE + "/filter/" + groupTasks + "/list?firstResult=0&maxResults=15", "{}", "ru-RU");
        assertThat(filtered.get("_embedded").get("task").findValuesAsText("name"))
                .anyMatch(name -> name.startsWith("Проверка: Islom Abdurakhmonov" + headline));
        assertThat(filtered.get("_embedded").get("processDefinition").findValuesAsText("name")).contains("Проверка и утверждение");

        assertThat(userLanguages.of("gulnoza")).as("the language kept for e-mails").isEqualTo(Language.RU);
    }

    @Test
    void theLanguagePickedInTasklistOutranksTheBrowser() throws Exception {
        logIn("gulnoza", "en-US,en;q=0.9");
        String taskId = get(ENGINE + "/task?processInstanceBusinessKey=" + BusinessKeys.of(delegationId), "en-US")
                .get("_embedded").get("task").get(0).get("id").asText();
        assertThat(field(get(ENGINE + "/task/" + taskId + "/deployed-form", "en-US"), "Field_Clearance").get("label").asText())
                .isEqualTo("Clearance");

        HttpCookie chosen = new HttpCookie(Language.COOKIE, "kk");
        chosen.setPath("/");
        cookies.getCookieStore().add(URI.create(url("/")), chosen);
        assertThat(field(get(ENGINE + "/task/" + taskId + "/deployed-form", "en-US"), "Field_Clearance").get("label").asText())
                .isEqualTo("Рұқсат");
        assertThat(get(ENGINE + "/task/" + taskId, "en-US").get("name").asText())
                .startsWith("Тексеру: Islom Abdurakhmonov — " + BusinessKeys.of(delegationId) + " · ");
        assertThat(userLanguages.of("gulnoza")).isEqualTo(Language.KK);
    }

    /**
     * Tasklist saves a due date by sending the task back as it showed it, in the user's language, with its
     * headline and its form reference: the save goes through, and the engine keeps the date and the name and
     * description of the model.
     */
    @Test
    void aDueDateSetInARussianTasklistIsSavedAndKeepsTheTasksOwnName() throws Exception {
        logIn("admin", "ru-RU");
        String taskId = get(ENGINE + "/task?processInstanceBusinessKey=" + BusinessKeys.of(delegationId), "ru-RU")
                .get("_embedded").get("task").get(0).get("id").asText();
        ObjectNode shown = (ObjectNode) get(ENGINE + "/task/" + taskId, "ru-RU");
        assertThat(shown.get("name").asText()).startsWith("Проверка: Islom Abdurakhmonov — ");
        shown.remove(List.of("_embedded", "_links"));
        shown.put("due", "2099-01-15T12:00:00.000+0000");

        HttpResponse<String> saved = browser.send(HttpRequest.newBuilder(URI.create(url(ENGINE + "/task/" + taskId)))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ru-RU")
                .header("X-XSRF-TOKEN", csrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(shown))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(saved.statusCode()).as("the save: %s", saved.body()).isEqualTo(204);
        Task kept = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(kept.getName()).isEqualTo("Clear Islom Abdurakhmonov");
        assertThat(kept.getDescription()).doesNotContain("По одной задаче");
        assertThat(kept.getDueDate().toInstant()).isEqualTo(Instant.parse("2099-01-15T12:00:00Z"));
    }

    @Test
    void theStartDialogNamesTheProcessesInTheUsersLanguage() throws Exception {
        logIn("aziza", "uz-UZ");
        JsonNode startable = get(ENGINE + "/process-definition?latest=true&active=true&startableInTasklist=true", "uz-UZ");
        assertThat(startable.findValuesAsText("name")).contains("Delegatsiya", "Delegatsiyani o‘zgartirish");
        JsonNode startForm = get(ENGINE + "/process-definition/key/delegation/deployed-start-form", "uz-UZ");
        assertThat(field(startForm, "Field_Title").get("label").asText()).isEqualTo("Delegatsiya nomi");
    }

    @Test
    void otherClientsOfTheEngineKeepTheNamesOfTheModels() {
        SafarApi api = new SafarApi(rest);
        assertThat(api.tasks("gulnoza", delegationId, "Clear ")).extracting(task -> task.get("name").asText())
                .containsExactly("Clear Islom Abdurakhmonov");
    }

    @Test
    void everyGroupOfSafarHasItsNameInEveryLanguage() {
        List<Group> groups = identity.createGroupQuery().groupType("WORKFLOW").list();
        assertThat(groups).isNotEmpty();
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                groups.forEach(group -> assertThat(names.groupName(group.getId(), group.getName(), language))
                        .as("%s in %s", group.getId(), language).isNotEqualTo(group.getName()));
            }
        }
    }

    @Test
    void theWebappsShowSafarsNameAndNotCamundasMigrationBanner() throws Exception {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(text("/camunda/app/" + app + "/scripts/config.js")).as(app).contains("vendor: 'Safar'");
            assertThat(text("/camunda/app/" + app + "/styles/user-styles.css")).as(app)
                    .contains("@import url(\"../../../assets/safar.css\")");
        }
        assertThat(text("/camunda/assets/safar.css").replaceAll("\\s+", " "))
                .contains("[cam-widget-header] .ce-eol-banner { display: none !important; }");
    }

    private static JsonNode field(JsonNode form, String id) {
        for (JsonNode component : form.get("components")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("No component " + id + " in " + form);
    }

    /** Logs in to Tasklist as its login page does, with the CSRF token Camunda's webapps ask for. */
    private void logIn(String user, String browserLanguage) throws Exception {
        get("/camunda/api/engine/engine/", browserLanguage);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", browserLanguage)
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
    }

    private JsonNode get(String path, String browserLanguage) throws IOException, InterruptedException {
        return ok(browser.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/hal+json, application/json")
                .header("Accept-Language", browserLanguage).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private JsonNode post(String path, String body, String browserLanguage) throws IOException, InterruptedException {
        return ok(browser.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .header("Accept-Language", browserLanguage)
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .reduce((first, last) -> last).map(HttpCookie::getValue)
                .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie from Camunda's webapp"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
