package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.i18n.Language;
import org.safar.i18n.TasklistNames;
import org.safar.web.ApiMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17: a traveller lost their trip report with the "×" beside their name in Tasklist, and only
 * the administrator could give it back. A task made out to one person keeps its assignee on every path
 * (Tasklist's engine API and {@code /engine-rest}), and is handed on only by an administrator. Creating
 * tasks and changing a task's groups, which Tasklist offers to everyone, are the administrator's too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnTaskTest {

    private static final String ENGINE = TasklistSession.ENGINE_API;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    TasklistNames names;

    long delegation;
    String jasursReport;
    String malikasReport;

    @BeforeAll
    void theTravellersAreBackAndOweTheirReports() {
        long germany = api().programmeId("Study trip: citizen service centres in Germany");
        delegation = WhatATaskIsAboutTest.open(api(), germany, "Study trip: own tasks", "Jasur Tursunov",
                "Malika Yusupova");
        // Debriefing, started as the lifecycle's call activity starts it on the day of return.
        runtime.startProcessInstanceByKey("debriefing", BusinessKeys.of(delegation),
                Map.of("delegationId", delegation, "nominatedBy", "aziza"));
        jasursReport = api().onlyTask("jasur", delegation, "Submit trip report").get("id").asText();
        malikasReport = api().onlyTask("malika", delegation, "Submit trip report").get("id").asText();
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    @Test
    void theTravellerCannotLoseTheirReportInTasklist() {
        TasklistSession jasur = new TasklistSession(port, "uz");
        assertThat(jasur.login("jasur", "jasur")).isEqualTo(200);
        String task = ENGINE + "/task/" + jasursReport;
        assertThat(jasur.tasksThroughEveryFilter()).extracting(t -> t.get("id").asText()).contains(jasursReport);

        // The "×" beside his name, and his name cleared or replaced in the assignee field.
        assertRefused(jasur.post(task + "/unclaim", "{}", true, TasklistSession.HAL), 403,
                expected(Language.UZ, "ownTask.unassign"));
        assertRefused(jasur.post(task + "/assignee", "{\"userId\": null}", true, TasklistSession.HAL), 403,
                expected(Language.UZ, "ownTask.unassign"));
        assertRefused(jasur.post(task + "/assignee", "{\"userId\": \"malika\"}", true, TasklistSession.HAL), 403,
                expected(Language.UZ, "ownTask.handOn", "malika"));

        // His own name again in the assignee field changes nothing and is no refusal.
        assertThat(jasur.post(task + "/assignee", "{\"userId\": \"jasur\"}", true, TasklistSession.HAL).statusCode())
                .isEqualTo(204);
        assertThat(assignee(jasursReport)).isEqualTo("jasur");
        assertThat(jasur.tasksThroughEveryFilter()).extracting(t -> t.get("id").asText()).contains(jasursReport);
    }

    @Test
    void theEngineRestApiKeepsItTheirsToo() {
        String task = "/engine-rest/task/" + malikasReport;
        ResponseEntity<String> unclaim = api().post("malika", task + "/unclaim", null);
        assertRefused(unclaim, 403);
        assertThat(api().read(unclaim).get("detail").asText()).isEqualTo(expected(Language.RU, "ownTask.unassign"));
        assertRefused(api().post("malika", task + "/assignee", "{\"userId\": null}"), 403);
        assertRefused(api().post("malika", task + "/assignee", "{\"userId\": \"jasur\"}"), 403);
        assertRefused(api().exchange("malika", HttpMethod.PUT, task,
                "{\"name\": \"Submit trip report\", \"assignee\": null}"), 403);
        assertRefused(api().post("malika", task + "/delegate", "{\"userId\": \"jasur\"}"), 403);
        // Someone else cannot see it, let alone take it off her.
        assertRefused(api().post("jasur", task + "/unclaim", null), 404);
        assertRefused(api().post("aziza", task + "/assignee", "{\"userId\": \"aziza\"}"), 404);

        assertThat(assignee(malikasReport)).isEqualTo("malika");
        assertThat(api().tasks("malika", delegation, "Submit trip report")).extracting(t -> t.get("id").asText())
                .containsExactly(malikasReport);
    }

    @Test
    void theAdministratorHandsItOnButDoesNotLeaveItWithNobody() {
        String task = "/engine-rest/task/" + jasursReport;
        assertRefused(api().post("admin", task + "/unclaim", null), 403);
        assertRefused(api().exchange("admin", HttpMethod.PUT, task,
                "{\"name\": \"Submit trip report\", \"assignee\": null}"), 403);
        assertThat(assignee(jasursReport)).isEqualTo("jasur");

        api().ok(api().post("admin", task + "/assignee", "{\"userId\": \"malika\"}"));
        assertThat(assignee(jasursReport)).isEqualTo("malika");
        api().ok(api().post("admin", task + "/assignee", "{\"userId\": \"jasur\"}"));
        assertThat(assignee(jasursReport)).isEqualTo("jasur");
    }

    @Test
    void onlyTheAdministratorCreatesTasksAndChangesTheirGroups() {
        String clearance = api().tasks("gulnoza", delegation, "Clear ").get(0).get("id").asText();
        String hrVetting = "{\"groupId\": \"hr-vetting\", \"type\": \"candidate\"}";

        TasklistSession gulnoza = new TasklistSession(port, "ru");
        assertThat(gulnoza.login("gulnoza", "gulnoza")).isEqualTo(200);
        gulnoza.json(gulnoza.get(ENGINE + "/filter?resourceType=Task"));
        Locale russian = Language.RU.locale();
        assertRefused(gulnoza.post(ENGINE + "/task/create", "{\"name\": \"Gulnoza's own\"}", true, TasklistSession.HAL),
                403, ApiMessages.text(russian, "engineSurface.tasks"));
        assertRefused(gulnoza.post(ENGINE + "/task/" + clearance + "/identity-links/delete", hrVetting, true,
                TasklistSession.HAL), 403, ApiMessages.text(russian, "engineSurface.taskGroups"));
        assertRefused(gulnoza.post(ENGINE + "/task/" + clearance + "/identity-links",
                "{\"groupId\": \"officers\", \"type\": \"candidate\"}", true, TasklistSession.HAL), 403,
                ApiMessages.text(russian, "engineSurface.taskGroups"));
        assertRefused(api().post("jasur", "/engine-rest/task/create", "{\"name\": \"Jasur's own\"}"), 403);
        assertRefused(api().post("gulnoza", "/engine-rest/task/" + clearance + "/identity-links/delete", hrVetting), 403);
        assertRefused(api().post("aziza", "/engine-rest/task/" + clearance + "/identity-links",
                "{\"userId\": \"aziza\", \"type\": \"candidate\"}"), 403);

        assertThat(tasks.getIdentityLinksForTask(clearance)).extracting(IdentityLink::getGroupId).containsOnly("hr-vetting");
        assertThat(tasks.createTaskQuery().taskNameLike("%'s own").count()).isZero();

        TasklistSession admin = new TasklistSession(port);
        assertThat(admin.login("admin", "admin")).isEqualTo(200);
        admin.json(admin.get(ENGINE + "/filter?resourceType=Task"));
        // How safar/tasklist.js tells whom to offer "Create task" and the groups dialog.
        assertThat(admin.json(admin.get(ENGINE + "/identity/groups?userId=admin")).get("groups").findValuesAsText("id"))
                .contains("camunda-admin");
        assertThat(gulnoza.json(gulnoza.get(ENGINE + "/identity/groups?userId=gulnoza")).get("groups")
                .findValuesAsText("id")).doesNotContain("camunda-admin");
        assertThat(admin.post(ENGINE + "/task/create", "{\"id\": \"owntask-admin\", \"name\": \"Prepare the board\"}",
                true, TasklistSession.HAL).statusCode()).isEqualTo(204);
        assertThat(admin.post(ENGINE + "/task/owntask-admin/identity-links", hrVetting, true, TasklistSession.HAL)
                .statusCode()).isEqualTo(204);
        assertThat(tasks.getIdentityLinksForTask("owntask-admin")).extracting(IdentityLink::getGroupId)
                .containsExactly("hr-vetting");
        api().ok(api().post("admin", "/engine-rest/task/owntask-admin/identity-links/delete", hrVetting));
        assertThat(tasks.getIdentityLinksForTask("owntask-admin")).isEmpty();
        tasks.deleteTask("owntask-admin", true);
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    /** The refusal as the traveller reads it: their task named and the reason given in their language. */
    private String expected(Language language, String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = names.taskName("UserTask_SubmitTripReport", "Submit trip report", language);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return ApiMessages.text(language.locale(), key, arguments);
    }

    private void assertRefused(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
    }

    /** A problem of that status, with the given detail unless null, which Tasklist shows as it is. */
    private void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = api().read(ResponseEntity.ok(response.body()));
        assertThat(problem.get("message").asText()).isNotBlank().doesNotContain("ENGINE-", "Exception");
        if (detail != null) {
            assertThat(problem.get("detail").asText()).isEqualTo(detail);
        }
    }
}
