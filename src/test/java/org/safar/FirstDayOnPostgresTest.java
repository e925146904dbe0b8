package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.postgres.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An operator's first day as README's "First day: filling a new installation" tells it, on a fresh
 * production install ({@code prod,postgres}, PostgreSQL 17): an empty Safar and its administrator; the
 * first users made and put in their groups as Camunda Admin does it (the engine's REST API that Admin
 * calls); the staff registry, the programmes and the budget lines imported from the samples in
 * docs/import; then an officer opens a first delegation of imported people, and vetting finds its
 * clearances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.admin-user.password=" + FirstDayOnPostgresTest.ADMIN_PASSWORD)
// The test profile only lets the test play the job executor; prod and postgres are the installation's.
@ActiveProfiles(profiles = {"prod", "postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class FirstDayOnPostgresTest {

    static final String ADMIN_PASSWORD = "Ipak-Yoli-2026!";
    /** Everyone's first password here; the password policy holds it (no user id or name in it). */
    private static final String PASSWORD = "Samarqand-Buxoro-7!";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOperatorFollowingTheReadmeBringsAnEmptyInstallToAFirstDelegationOfImportedStaff() {
        assertThat(read(call("admin", ADMIN_PASSWORD, HttpMethod.GET, "/api/programmes", null)))
                .as("a fresh production install has no programmes").isEmpty();

        // 1. The first users, in their groups.
        addUser("dyusupova", "Dilnoza", "Yusupova", "officers");
        addUser("rismoilov", "Rustam", "Ismoilov", "participants");
        addUser("falimova", "Feruza", "Alimova", "participants");
        addUser("nkarimova", "Nodira", "Karimova", "hr-vetting");
        addUser("obudget", "Otabek", "Rahimov", "finance");

        // 2–4. The registry, the programmes and the budget lines from the HR system's and the plan's files.
        JsonNode staff = imported("dyusupova", "staff", "staff.csv");
        assertThat(staff.get("stored").asInt()).isEqualTo(5);
        JsonNode programmes = imported("dyusupova", "programmes", "programmes.csv");
        assertThat(programmes.get("stored").asInt()).isEqualTo(4);
        JsonNode budgetLines = imported("obudget", "budget-lines", "budget-lines.csv");
        assertThat(budgetLines.get("stored").asInt()).isEqualTo(4);
        assertThat(read(call("dyusupova", PASSWORD, HttpMethod.GET, "/api/budget-lines", null))).hasSize(4);

        // 5. A first delegation: the study trip to Germany, with two people of the registry who have accounts.
        long germany = programmes.get("ids").get(2).asLong();
        long rustam = staff.get("ids").get(1).asLong();
        long feruza = staff.get("ids").get(2).asLong();
        ResponseEntity<String> opened = call("dyusupova", PASSWORD, HttpMethod.POST, "/api/delegations", """
                {"title": "One-stop shops in Germany, first group", "programmeId": %d, "memberStaffIds": [%d, %d]}"""
                .formatted(germany, rustam, feruza));
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        new DelegationJobs(runtime, management).runPending();
        long delegation = read(opened).get("id").asLong();

        JsonNode view = read(call("dyusupova", PASSWORD, HttpMethod.GET, "/api/delegations/" + delegation, null));
        assertThat(view.get("problems")).as("nothing to fix: both are eligible").isEmpty();
        List<String> clearances = read(call("nkarimova", PASSWORD, HttpMethod.GET,
                "/engine-rest/task?processInstanceBusinessKey=" + BusinessKeys.of(delegation), null))
                .findValuesAsText("name");
        assertThat(clearances).containsExactlyInAnyOrder("Clear Rustam Ismoilov", "Clear Feruza Alimova");
    }

    /** As Camunda Admin does it: the user with a first password, then a member of one group. */
    private void addUser(String id, String firstName, String lastName, String group) {
        Map<String, Object> user = Map.of("profile", Map.of("id", id, "firstName", firstName, "lastName", lastName,
                "email", id + "@agency.example"), "credentials", Map.of("password", PASSWORD));
        ResponseEntity<String> created = call("admin", ADMIN_PASSWORD, HttpMethod.POST, "/engine-rest/user/create",
                write(user));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(204);
        ResponseEntity<String> member = call("admin", ADMIN_PASSWORD, HttpMethod.PUT,
                "/engine-rest/group/" + group + "/members/" + id, null);
        assertThat(member.getStatusCode().value()).as(member.getBody()).isEqualTo(204);
    }

    /** Checked first (a dry run stores nothing), then imported, as the README's curl lines do. */
    private JsonNode imported(String user, String kind, String sample) {
        byte[] file = sample(sample);
        JsonNode checked = read(upload(user, kind, sample, file, true));
        assertThat(checked.get("dryRun").asBoolean()).isTrue();
        assertThat(checked.get("stored").asInt()).isZero();
        ResponseEntity<String> imported = upload(user, kind, sample, file, false);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
        return read(imported);
    }

    private ResponseEntity<String> upload(String user, String kind, String fileName, byte[] bytes, boolean dryRun) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/imports/" + kind + (dryRun ? "?dryRun=true" : ""), HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> call(String user, String password, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("docs", "import", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s", response.getStatusCode(), response.getBody())
                .isTrue();
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
