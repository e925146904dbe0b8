package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.identity.AccessMatrixTest.Outcome.ALLOW;
import static org.safar.identity.AccessMatrixTest.Outcome.DENY;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Who may do what, as one table: every role of docs/RULES.md (and an anonymous caller, a liaison of
 * another country, a participant who does not travel) against the calls that matter, on a Japanese
 * delegation that waits for its embassy. Each row is allowed or denied; a denied call changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Outcome { ALLOW, DENY }

    /** A user id per role; the anonymous caller sends no credentials. */
    static final String ANONYMOUS = "anonymous";
    static final List<String> ROLES = List.of(ANONYMOUS, "aziza", "gulnoza", "bakhtiyor", "otabek",
            "madina", "tokyo", "seoul", "sardor", "jasur", "admin");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    long japan;
    String embassyTask;

    @BeforeAll
    void delegationWaitingForTheEmbassyOfJapan() {
        japan = ApprovedDelegations.japaneseInternship(api());
        embassyTask = api().onlyTask("tokyo", japan, "Confirm host arrangements").get("id").asText();
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        Set<String> seeTheDelegation = Set.of("aziza", "gulnoza", "bakhtiyor", "otabek", "tokyo", "sardor", "admin");
        for (String role : ROLES) {
            rows.add(row(role, "list delegations", seeTheDelegation.contains(role)));
            rows.add(row(role, "get the delegation", seeTheDelegation.contains(role)));
            rows.add(row(role, "read budget lines", Set.of("madina", "aziza", "otabek", "admin").contains(role)));
            rows.add(row(role, "read the staff registry", Set.of("aziza", "gulnoza", "admin").contains(role)));
            rows.add(row(role, "open a delegation", "aziza".equals(role)));
            rows.add(row(role, "add a programme", Set.of("aziza", "admin").contains(role)));
            rows.add(row(role, "confirm host arrangements over the API", Set.of("tokyo", "aziza").contains(role)));
            rows.add(row(role, "see the embassy task", Set.of("tokyo", "admin").contains(role)));
            // Assignment follows the groups: the administrator sees the task but is no liaison of Japan.
            rows.add(row(role, "claim the embassy task", "tokyo".equals(role)));
            if (!Set.of("tokyo", "admin").contains(role)) {
                rows.add(row(role, "complete the embassy task", false));
            }
            if (!"admin".equals(role)) {
                rows.add(row(role, "correlate the cancellation message", false));
            }
            rows.add(row(role, "start a delegation in the engine", Set.of("aziza", "admin").contains(role)));
            rows.add(row(role, "deploy a process", "admin".equals(role)));
            rows.add(row(role, "open Cockpit", "admin".equals(role)));
        }
        return rows.stream();
    }

    private static Arguments row(String role, String action, boolean allowed) {
        return Arguments.of(role, action, allowed ? ALLOW : DENY);
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("matrix")
    void rolesAgainstActions(String role, String action, Outcome expected) {
        String user = ANONYMOUS.equals(role) ? null : role;
        Outcome actual = switch (action) {
            case "list delegations" -> listsTheDelegation(user);
            case "get the delegation" -> outcome(call(user, HttpMethod.GET, "/api/delegations/" + japan, null),
                    HttpStatus.NOT_FOUND);
            case "read budget lines" -> outcome(call(user, HttpMethod.GET, "/api/budget-lines", null),
                    HttpStatus.FORBIDDEN);
            case "read the staff registry" -> readsTheRegistry(user);
            case "open a delegation" -> outcome(call(user, HttpMethod.POST, "/api/delegations", """
                    {"title": "Peer learning", "programmeId": %d, "memberStaffIds": %s}"""
                    .formatted(api().programmeId("Peer-learning exchange"), api().staffIds("Mohira Salimova"))),
                    HttpStatus.FORBIDDEN);
            case "add a programme" -> outcome(call(user, HttpMethod.POST, "/api/programmes", newProgramme(role)),
                    HttpStatus.FORBIDDEN);
            case "confirm host arrangements over the API" -> confirmsWithoutAReference(user);
            case "see the embassy task" -> seesTheEmbassyTask(user);
            case "claim the embassy task" -> claimsTheEmbassyTask(user);
            case "complete the embassy task" -> completesTheEmbassyTask(user);
            case "correlate the cancellation message" -> correlatesTheCancellation(user);
            case "start a delegation in the engine" -> outcome(call(user, HttpMethod.POST,
                    "/engine-rest/process-definition/key/delegation/submit-form",
                    "{\"variables\": {\"title\": {\"value\": \"Started by " + role + "\"}}}"), HttpStatus.FORBIDDEN);
            case "deploy a process" -> deploys(user);
            case "open Cockpit" -> user != null && authorizations.isUserAuthorized(user, groupsOf(user),
                    Permissions.ACCESS, Resources.APPLICATION, "cockpit") ? ALLOW : DENY;
            default -> throw new IllegalArgumentException(action);
        };
        assertThat(actual).as("%s may %s", role, action).isEqualTo(expected);
        assertThat(taskService.createTaskQuery().taskId(embassyTask).singleResult())
                .as("the embassy task is still open and unclaimed").isNotNull()
                .extracting(task -> task.getAssignee()).isNull();
    }

    private Outcome listsTheDelegation(String user) {
        ResponseEntity<String> response = call(user, HttpMethod.GET, "/api/delegations", null);
        if (isRefused(response, HttpStatus.FORBIDDEN)) {
            return DENY;
        }
        return api().ok(response).findValuesAsText("id").contains(String.valueOf(japan)) ? ALLOW : DENY;
    }

    private Outcome readsTheRegistry(String user) {
        ResponseEntity<String> response = call(user, HttpMethod.GET, "/api/staff", null);
        if (isRefused(response, HttpStatus.FORBIDDEN)) {
            return DENY;
        }
        JsonNode staff = api().ok(response);
        if (staff.size() > 1) {
            return ALLOW;
        }
        assertThat(staff.findValuesAsText("username")).as("all that %s finds in the registry", user)
                .allMatch(name -> name.equals(user));
        return DENY;
    }

    /** An allowed caller gets as far as the validation of what they sent; no confirmation is recorded. */
    private Outcome confirmsWithoutAReference(String user) {
        ResponseEntity<String> response = call(user, HttpMethod.POST, "/api/delegations/" + japan
                + "/embassy-confirmation", "{}");
        if (response.getStatusCode() == HttpStatus.BAD_REQUEST) {
            return ALLOW;
        }
        return outcome(response, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private Outcome seesTheEmbassyTask(String user) {
        ResponseEntity<String> response = call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey="
                + BusinessKeys.of(japan), null);
        if (isRefused(response)) {
            return DENY;
        }
        return api().ok(response).findValuesAsText("id").contains(embassyTask) ? ALLOW : DENY;
    }

    private Outcome claimsTheEmbassyTask(String user) {
        ResponseEntity<String> claim = call(user, HttpMethod.POST, "/engine-rest/task/" + embassyTask + "/claim",
                "{\"userId\": \"" + user + "\"}");
        if (isRefused(claim, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND)) {
            return DENY;
        }
        api().ok(call(user, HttpMethod.POST, "/engine-rest/task/" + embassyTask + "/unclaim", null));
        return ALLOW;
    }

    private Outcome completesTheEmbassyTask(String user) {
        return outcome(call(user, HttpMethod.POST, "/engine-rest/task/" + embassyTask + "/submit-form",
                "{\"variables\": {\"embassyAnswer\": {\"value\": \"CONFIRMED\"}}}"), HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND);
    }

    private Outcome correlatesTheCancellation(String user) {
        Outcome outcome = outcome(call(user, HttpMethod.POST, "/engine-rest/message", """
                {"messageName": "Msg_DelegationCancelled", "businessKey": "%d", "all": true,
                 "processVariables": {"cancellationReason": {"value": "Not mine to cancel"}}}""".formatted(japan)),
                HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(api().delegation("aziza", japan).get("stage").asText()).isEqualTo("EMBASSY");
        return outcome;
    }

    private Outcome deploys(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "deployed-by-" + user);
        form.add("data", new ByteArrayResource(BARE_PROCESS.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bare.bpmn";
            }
        });
        ResponseEntity<String> response = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        Outcome outcome = outcome(response, HttpStatus.FORBIDDEN);
        if (outcome == ALLOW) {
            repository.deleteDeployment(api().ok(response).get("id").asText(), true);
        }
        return outcome;
    }

    private static final String BARE_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Bare"
                targetNamespace="http://safar.org/test">
              <bpmn:process id="bare" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Bare" />
              </bpmn:process>
            </bpmn:definitions>""";

    private String newProgramme(String role) {
        return """
                {"title": "Open government seminar (%s)", "kind": "STUDY_TRIP", "hostCountry": "DE",
                 "hostInstitution": "Federal Academy of Public Administration", "startDate": "2031-03-02",
                 "endDate": "2031-03-06", "seats": 5, "fundingSource": "OWN_BUDGET",
                 "airfareEstimateUsd": 900}""".formatted(role);
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** Allowed if the call succeeded; denied if it was refused with one of the given statuses (or 401). */
    private static Outcome outcome(ResponseEntity<String> response, HttpStatus... refusals) {
        if (response.getStatusCode().is2xxSuccessful()) {
            return ALLOW;
        }
        if (isRefused(response, refusals)) {
            return DENY;
        }
        throw new AssertionError("Neither allowed nor refused: " + response.getStatusCode() + " " + response.getBody());
    }

    private static boolean isRefused(ResponseEntity<String> response, HttpStatus... refusals) {
        if (response.getStatusCode() == HttpStatus.UNAUTHORIZED) {
            assertThat(Objects.toString(response.getBody(), "")).as("an anonymous caller learns nothing")
                    .doesNotContain("HR internship");
            return true;
        }
        return Set.of(refusals).contains(HttpStatus.valueOf(response.getStatusCode().value()));
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
        return api().exchange(user, method, path, body);
    }

    /** Plays the job executor after each call, so that the save points the call passed are behind it. */
    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    /** Jasur goes to Astana; made a member of finance, he still may not fund his own trip. */
    @Test
    void nobodyFundsADelegationTheyBelongTo() {
        SafarApi api = api();
        long own = ApprovedDelegations.astanaConference(api);
        api.ok(api.post("astana", "/api/delegations/" + own + "/embassy-confirmation", """
                {"reference": "HUB-2026-031", "hostContact": "Ms Abenova, hub secretariat", "venue": "Astana",
                 "agenda": "Three days on digital innovation in HR", "accommodation": "Hotel near the hub",
                 "airportPickup": true, "visaSupportLetterIssued": true}"""));
        String fundingTask = api.tasks("madina", own, "").get(0).get("id").asText();
        identity.createMembership("jasur", "finance");
        try {
            ResponseEntity<String> claim = api.post("jasur", "/engine-rest/task/" + fundingTask + "/claim",
                    "{\"userId\": \"jasur\"}");
            assertThat(claim.getStatusCode().is2xxSuccessful()).isFalse();
            // Told in jasur's own language, naming him and the delegation by its reference.
            String reference = api.delegation("admin", own).get("reference").asText();
            assertThat(claim.getBody()).contains("jasur", reference);
            ResponseEntity<String> complete = api.submit("jasur", fundingTask, Map.of("fundingDecision", "APPROVE"));
            assertThat(complete.getStatusCode().is2xxSuccessful()).isFalse();
            assertThat(complete.getBody()).contains("jasur", reference);
        } finally {
            identity.deleteMembership("jasur", "finance");
        }
        assertThat(taskService.createTaskQuery().taskId(fundingTask).singleResult()).isNotNull()
                .extracting(task -> task.getAssignee()).isNull();
    }
}
