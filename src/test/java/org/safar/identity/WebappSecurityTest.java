package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Tasklist, Cockpit and Admin as a browser meets them: their login, CSRF, and what each person sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aLiaisonInKoreaSeesNothingOfAJapaneseDelegationInTasklist() {
        long japan = ApprovedDelegations.japaneseInternship(
                new SafarApi(rest, new DelegationJobs(runtime, management)));

        TasklistSession seoul = new TasklistSession(port);
        assertThat(seoul.login("seoul", "seoul")).isEqualTo(200);
        assertThat(seoul.tasksThroughEveryFilter()).as("tasks in seoul's Tasklist filters")
                .noneMatch(task -> task.get("name").asText().startsWith("Confirm host arrangements"));
        assertThat(seoul.json(seoul.get(TasklistSession.ENGINE_API + "/task?processInstanceBusinessKey=" + BusinessKeys.of(japan))))
                .isEmpty();
        // Tasklist has no use for instances, their history or their variables: refused to every user (EngineSurfacePlugin).
        assertThat(seoul.get(TasklistSession.ENGINE_API + "/process-instance?businessKey=" + BusinessKeys.of(japan)).statusCode())
                .isEqualTo(403);
        assertThat(seoul.get(TasklistSession.ENGINE_API + "/history/process-instance?processInstanceBusinessKey="
                + BusinessKeys.of(japan)).statusCode()).isEqualTo(403);
        assertThat(seoul.get(TasklistSession.ENGINE_API + "/variable-instance?variableName=delegationId").statusCode())
                .isEqualTo(403);

        TasklistSession tokyo = new TasklistSession(port);
        assertThat(tokyo.login("tokyo", "tokyo")).isEqualTo(200);
        assertThat(tokyo.tasksThroughEveryFilter()).as("tasks in tokyo's Tasklist filters")
                .anyMatch(task -> task.get("name").asText().startsWith("Confirm host arrangements"));
    }

    @Test
    void theWebappsApiAnswersNobodyWithoutALoginAndNoChangeWithoutTheCsrfToken() {
        TasklistSession anonymous = new TasklistSession(port);
        assertThat(anonymous.get(TasklistSession.ENGINE_API + "/task").statusCode()).isEqualTo(401);
        assertThat(anonymous.get(TasklistSession.ENGINE_API + "/filter").statusCode()).isEqualTo(401);

        TasklistSession aziza = new TasklistSession(port);
        assertThat(aziza.login("aziza", "aziza")).isEqualTo(200);
        String filter = aziza.json(aziza.get(TasklistSession.ENGINE_API + "/filter?resourceType=Task")).get(0)
                .get("id").asText();
        assertThat(aziza.post(TasklistSession.ENGINE_API + "/filter/" + filter + "/list", "{}", true).statusCode())
                .isEqualTo(200);
        assertThat(aziza.post(TasklistSession.ENGINE_API + "/filter/" + filter + "/list", "{}", false).statusCode())
                .as("a call without the CSRF header").isEqualTo(403);
    }

    /**
     * CVE-2026-77226: with no direct member in camunda-admin, Camunda 7.24.0's first-run setup creates an
     * administrator for anyone who asks. Safar's setup stays closed whatever the group holds.
     */
    @Test
    void nobodyCreatesAnAdministratorThroughTheFirstRunSetup() {
        identity.deleteMembership("admin", "camunda-admin");
        try {
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
            TasklistSession stranger = new TasklistSession(port);
            stranger.get("/camunda/app/admin/default/");
            HttpResponse<String> setup = stranger.post("/camunda/api/admin/setup/default/user/create", """
                    {"profile": {"id": "mallory", "firstName": "Mal", "lastName": "Lory", "email": "m@example.org"},
                     "credentials": {"password": "Mallory-2026!"}}""", true);
            assertThat(setup.statusCode()).isEqualTo(403);
            HttpResponse<String> withoutToken = stranger.post("/camunda/api/admin/setup/default/user/create",
                    "{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"Mallory-2026!\"}}", false);
            assertThat(withoutToken.statusCode()).isEqualTo(403);
            assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
                    .isEmpty();
        } finally {
            identity.createMembership("admin", "camunda-admin");
        }
    }
}
