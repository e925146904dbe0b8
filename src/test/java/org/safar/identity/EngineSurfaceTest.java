package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's API as an attacker tried it (issue 13): an officer starting the lifecycle past its
 * checks, a liaison running another country's timer, refusals that told too much. Each attack is
 * refused with a problem detail and changes nothing; what Tasklist needs still works for a user who is
 * no administrator, through both the engine REST API and the webapps' own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSurfaceTest {

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
    IdentityService identity;

    long japan;
    String embassyTask;

    @BeforeAll
    void aJapaneseDelegationWaitsForItsEmbassy() {
        japan = ApprovedDelegations.japaneseInternship(api());
        embassyTask = api().tasks("tokyo", japan, "Confirm host arrangements").get(0).get("id").asText();
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    @Test
    void anOfficerStartsTheLifecycleOnlyAtItsStartForm() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("delegation").count();
        String start = "/engine-rest/process-definition/key/delegation/start";
        for (String activity : new String[] {"CallActivity_Funding", "CallActivity_Travel", "EndEvent_DelegationCompleted"}) {
            assertProblem(api().post("aziza", start, """
                    {"businessKey": "4242", "variables": {"delegationId": {"value": 1, "type": "Long"}},
                     "startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}]}""".formatted(activity)),
                    HttpStatus.FORBIDDEN);
        }
        for (String skip : new String[] {"skipCustomListeners", "skipIoMappings"}) {
            assertProblem(api().post("aziza", start, """
                    {"%s": true, "variables": {"title": {"value": "Skipped"}},
                     "startInstructions": [{"type": "startBeforeActivity", "activityId": "StartEvent_DelegationRequested"}]}"""
                    .formatted(skip)), HttpStatus.FORBIDDEN);
            assertProblem(api().post("aziza", start, "{\"" + skip + "\": true}"), HttpStatus.FORBIDDEN);
        }
        assertProblem(api().post("aziza", start, "{}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("aziza", "/engine-rest/process-definition/key/delegation/submit-form",
                "{\"businessKey\": \"4242\", \"variables\": {\"title\": {\"value\": \"Mine\"}}}"), HttpStatus.FORBIDDEN);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("delegation").count())
                .as("lifecycles running").isEqualTo(before);

        // Through its start form it starts, as Tasklist starts it.
        api().startFromTasklist("aziza", "Started at its start form");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("delegation").count()).isEqualTo(before + 1);
    }

    @Test
    void aLiaisonCannotRunAnotherCountrysTimer() {
        String stage = runtime.createProcessInstanceQuery().processDefinitionKey("embassyCoordination")
                .processInstanceBusinessKey(BusinessKeys.of(japan)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(stage).timers().list().get(0);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertProblem(api().post("seoul", "/engine-rest/job/" + timer.getId() + "/execute", null),
                    HttpStatus.FORBIDDEN);
        }
        assertProblem(api().exchange("seoul", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/retries",
                "{\"retries\": 0}"), HttpStatus.FORBIDDEN);
        assertProblem(api().exchange("tokyo", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/duedate",
                "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}"), HttpStatus.FORBIDDEN);
        Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(timer.getRetries());
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(runtime.createIncidentQuery().processInstanceId(stage).count()).isZero();
    }

    @Test
    void whoMayWorkATaskStillCannotWriteWhatSafarsRulesRead() {
        String task = "/engine-rest/task/" + embassyTask;
        assertProblem(api().exchange("tokyo", HttpMethod.PUT, task + "/localVariables/delegationId",
                "{\"value\": 1, \"type\": \"Long\"}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", task + "/localVariables", "{\"modifications\": {\"x\": {\"value\": 1}}}"),
                HttpStatus.FORBIDDEN);
        assertProblem(api().exchange("tokyo", HttpMethod.PUT, "/engine-rest/process-instance/"
                + tasks.createTaskQuery().taskId(embassyTask).singleResult().getProcessInstanceId()
                + "/variables/delegationId", "{\"value\": 1, \"type\": \"Long\"}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", task + "/complete", "{}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", task + "/delegate", "{\"userId\": \"seoul\"}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", task + "/resolve", "{}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", task + "/identity-links", "{\"groupId\": \"embassy-KR\", \"type\": \"candidate\"}"),
                HttpStatus.FORBIDDEN);
        assertProblem(api().exchange("tokyo", HttpMethod.PUT, task, "{\"name\": \"Renamed\"}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", "/engine-rest/task/create", "{\"name\": \"Mine\"}"), HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", "/engine-rest/message", """
                {"messageName": "Msg_HostArrangementsConfirmed", "businessKey": "%d"}""".formatted(japan)),
                HttpStatus.FORBIDDEN);
        assertProblem(api().post("tokyo", "/engine-rest/filter/create",
                "{\"resourceType\": \"Task\", \"name\": \"All\", \"query\": {}}"), HttpStatus.FORBIDDEN);
        assertProblem(api().get("tokyo", "/engine-rest/user/aziza/profile"), HttpStatus.NOT_FOUND);
        assertProblem(api().exchange("tokyo", HttpMethod.PUT, "/engine-rest/user/aziza/profile",
                "{\"id\": \"aziza\", \"firstName\": \"Not\", \"lastName\": \"Aziza\"}"), HttpStatus.NOT_FOUND);

        assertThat(tasks.getVariablesLocal(embassyTask)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(embassyTask).singleResult().getName())
                .startsWith("Confirm host arrangements");
        assertThat(tasks.getIdentityLinksForTask(embassyTask)).noneMatch(link -> "embassy-KR".equals(link.getGroupId()));
        assertThat(tasks.createTaskQuery().taskName("Mine").count()).isZero();
        assertThat(identity.createUserQuery().userId("aziza").singleResult().getFirstName()).isEqualTo("Aziza");
        assertThat(api().delegation("aziza", japan).get("stage").asText()).isEqualTo("EMBASSY");
    }

    @Test
    void refusalsAreProblemDetailsThatTellNothingOfWhatTheCallerMayNotSee() {
        // A Korean liaison: the Japanese delegation and its task are not found, not forbidden.
        assertProblem(api().post("seoul", "/api/delegations/" + japan + "/embassy-confirmation", """
                {"reference": "KR-1", "hostContact": "Someone", "venue": "Seoul", "agenda": "None",
                 "accommodation": "None", "airportPickup": true, "visaSupportLetterIssued": true}"""),
                HttpStatus.NOT_FOUND);
        assertProblem(api().get("seoul", "/api/delegations/" + japan), HttpStatus.NOT_FOUND);
        assertProblem(api().get("seoul", "/engine-rest/task/" + embassyTask + "/form-variables"), HttpStatus.NOT_FOUND);
        assertProblem(api().post("seoul", "/engine-rest/task/" + embassyTask + "/claim", "{\"userId\": \"seoul\"}"),
                HttpStatus.NOT_FOUND);
        assertProblem(api().get("seoul", "/engine-rest/task/" + embassyTask + "/comment"), HttpStatus.NOT_FOUND);
        assertThat(tasks.createTaskQuery().taskId(embassyTask).singleResult().getAssignee()).isNull();

        // Bad input is 400, and the webapps' engine API answers the same way as the engine REST API.
        assertProblem(api().post("tokyo", "/engine-rest/task", "{\"assigneeExpression\": \"${1 + 1}\"}"),
                HttpStatus.BAD_REQUEST);
        TasklistSession seoul = new TasklistSession(port);
        assertThat(seoul.login("seoul", "seoul")).isEqualTo(200);
        // As Tasklist does, the filters first: the session's CSRF token arrives with the first answer.
        seoul.json(seoul.get(TasklistSession.ENGINE_API + "/filter?resourceType=Task"));
        HttpResponse<String> claim = seoul.post(TasklistSession.ENGINE_API + "/task/" + embassyTask + "/claim",
                "{\"userId\": \"seoul\"}", true, TasklistSession.HAL);
        assertProblem(claim.statusCode(), claim.headers().firstValue("Content-Type").orElse(""), claim.body(),
                HttpStatus.NOT_FOUND);
        HttpResponse<String> job = seoul.post(TasklistSession.ENGINE_API + "/job/any/execute", "", true,
                TasklistSession.HAL);
        assertProblem(job.statusCode(), job.headers().firstValue("Content-Type").orElse(""), job.body(),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void tasklistsCallsStillWorkForWhoeverMayWorkTheTask() {
        TasklistSession tokyo = new TasklistSession(port);
        assertThat(tokyo.login("tokyo", "tokyo")).isEqualTo(200);
        String engine = TasklistSession.ENGINE_API;
        String task = engine + "/task/" + embassyTask;

        JsonNode filters = tokyo.json(tokyo.get(engine + "/filter?resourceType=Task"));
        assertThat(filters).isNotEmpty();
        for (JsonNode filter : filters) {
            String id = filter.get("id").asText();
            tokyo.json(tokyo.post(engine + "/filter/" + id + "/list?firstResult=0&maxResults=15", "{}", true,
                    TasklistSession.HAL));
            tokyo.json(tokyo.post(engine + "/filter/" + id + "/count", "{}", true, TasklistSession.HAL));
        }
        assertThat(tokyo.json(tokyo.get(task)).get("id").asText()).isEqualTo(embassyTask);
        assertThat(tokyo.json(tokyo.get(task + "/form-variables")).has("delegation")).isTrue();
        assertThat(tokyo.json(tokyo.get(task + "/deployed-form")).has("components")).isTrue();
        tokyo.json(tokyo.get(task + "/identity-links"));
        assertThat(tokyo.post(task + "/claim", "{\"userId\": \"tokyo\"}", true, TasklistSession.HAL).statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(embassyTask).singleResult().getAssignee()).isEqualTo("tokyo");
        assertThat(tokyo.post(task + "/unclaim", "{}", true, TasklistSession.HAL).statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(embassyTask).singleResult().getAssignee()).isNull();

        // Comments and the History tab, without any permission on the history of other tasks.
        assertThat(tokyo.json(tokyo.post(task + "/comment/create", "{\"message\": \"Asked the host for the agenda\"}",
                true, TasklistSession.HAL)).get("message").asText()).isEqualTo("Asked the host for the agenda");
        assertThat(tokyo.json(tokyo.get(task + "/comment")).findValuesAsText("message"))
                .containsExactly("Asked the host for the agenda");
        assertThat(tokyo.json(tokyo.get(engine + "/history/user-operation?taskId=" + embassyTask))
                .findValuesAsText("operationType")).contains("Claim");
        assertThat(tokyo.json(tokyo.get(engine + "/history/user-operation/count?taskId=" + embassyTask))
                .get("count").asInt()).isPositive();
        assertThat(tokyo.get(engine + "/history/user-operation").statusCode())
                .as("the history of every task").isEqualTo(403);
        assertThat(tokyo.get(engine + "/history/task").statusCode()).isEqualTo(403);

        // One's own profile; another's is not found.
        assertThat(tokyo.json(tokyo.get(engine + "/user/tokyo/profile")).get("id").asText()).isEqualTo("tokyo");
        assertThat(tokyo.get(engine + "/user/aziza/profile").statusCode()).isEqualTo(404);
    }

    @Test
    void aUserChangesTheirOwnPasswordAndNobodyElses() {
        User nodira = identity.newUser("nodira");
        nodira.setFirstName("Nodira");
        nodira.setLastName("Usmonova");
        nodira.setPassword("nodira");
        identity.saveUser(nodira);
        try {
            ResponseEntity<String> changed = api().exchange("nodira", HttpMethod.PUT, "/engine-rest/user/nodira/credentials",
                    "{\"password\": \"Tashkent-2026!\", \"authenticatedUserPassword\": \"nodira\"}");
            assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(identity.checkPassword("nodira", "Tashkent-2026!")).isTrue();
            assertProblem(rest.withBasicAuth("nodira", "Tashkent-2026!").exchange("/engine-rest/user/aziza/credentials",
                    HttpMethod.PUT, json("{\"password\": \"taken\", \"authenticatedUserPassword\": \"Tashkent-2026!\"}"),
                    String.class), HttpStatus.NOT_FOUND);
            assertThat(identity.checkPassword("aziza", "aziza")).isTrue();
        } finally {
            identity.deleteUser("nodira");
        }
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertProblem(response.getStatusCode().value(), String.valueOf(response.getHeaders().getContentType()),
                response.getBody(), status);
    }

    /** A problem detail of that status, with a message Tasklist can show, and no engine text in it. */
    private void assertProblem(int actualStatus, String contentType, String body, HttpStatus status) {
        assertThat(actualStatus).as("%s", body).isEqualTo(status.value());
        assertThat(contentType).as("%s", body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = api().read(ResponseEntity.ok(body));
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(body).doesNotContain("ENGINE-", "org.camunda", "Exception");
    }
}
