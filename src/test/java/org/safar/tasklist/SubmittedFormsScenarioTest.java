package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hole 5 of issue 13, "Markup enters where the API refuses it", and the extra keys of hole 1, tried as
 * they were: through the engine REST API's {@code submit-form}, which Tasklist calls, by the demo users
 * who may work the task. A submission carries only its form's fields, checked like the API's requests,
 * or is refused with 400 and changes nothing; what a form shows of a stored value is text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubmittedFormsScenarioTest {

    /** Safar's tables and the engine's runtime tables that a refused submission must leave as they were. */
    private static final List<String> TABLES = List.of("delegation", "delegation_member", "delegation_approval", "delegation_party", "notice",
            "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_VARINST");
    private static final String LINK = "<a href=\"https://evil.example/login\">Log in again</a>";
    private static final String EXPRESSION = "${identityService.deleteUser('aziza')}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    private long openGermanyTrip(SafarApi api, String title) {
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, germany, api.staffIds("Jasur Tursunov", "Malika Yusupova")))).get("id").asLong();
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new HashMap<>();
        TABLES.forEach(table -> rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return rows;
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** Refused with 400 naming the field, and nothing written: the task is open and holds no variable. */
    private void refused(SafarApi api, String user, String taskId, Map<String, Object> values, String field,
            String why) {
        Map<String, Long> before = rows();
        ResponseEntity<String> answer = api.submit(user, taskId, values);
        assertThat(answer.getStatusCode()).as("%s: %s", values, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(field, why);
        assertThat(rows()).as("rows after %s", values).isEqualTo(before);
        assertThat(api.ok(api.get(user, "/engine-rest/task/" + taskId)).get("id").asText()).isEqualTo(taskId);
        // Only an administrator reads a task's variables through the engine API.
        assertThat(api.ok(api.get("admin", "/engine-rest/task/" + taskId + "/localVariables"))).isEmpty();
    }

    @Test
    void aTaskFormTakesNoKeyBesidesItsFields() {
        SafarApi api = api();
        long other = openGermanyTrip(api, "Study trip that another approval would land on");
        long id = openGermanyTrip(api, "Study trip whose approver slips in a key");
        String clearance = api.tasks("gulnoza", id, "Clear ").get(0).get("id").asText();
        long member = api.delegation("aziza", other).get("members").get(0).get("id").asLong();
        Map<String, Object> slippedIn = values("delegationId", other, "memberId", member, "approverGroup",
                "hr-vetting", "nominatedBy", "gulnoza", "returnTo", "https://evil.example");
        slippedIn.forEach((key, value) -> refused(api, "gulnoza", clearance, values("clearance", "CLEARED", key, value),
                key, key + " is not a field of the form clearMember, which takes \\\"Clearance\\\" (clearance)"));

        api.tasks("gulnoza", id, "Clear ").forEach(task -> api.submitOk("gulnoza", task.get("id").asText(),
                values("clearance", "CLEARED")));
        // The department head approves his own delegation's task with another delegation's id: refused, and the
        // other delegation gets no stray approval.
        String approval = api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText();
        refused(api, "bakhtiyor", approval, values("approval", "APPROVE", "delegationId", other), "delegationId",
                "is not a field of the form approveDelegation");
        assertThat(api.delegation("aziza", other).get("approvals")).isEmpty();
        assertThat(api.delegation("aziza", id).get("approvals")).isEmpty();
        // Not approved after all: an approved trip would make its members ineligible for the other tests' trips.
    }

    @Test
    void reasonsAndNotesTakeNoMarkupNorExpressions() {
        SafarApi api = api();
        long id = openGermanyTrip(api, "Study trip whose vetting note carries a link");
        String clearance = api.tasks("gulnoza", id, "Clear ").get(0).get("id").asText();
        for (String markup : List.of(LINK, EXPRESSION, "#{execution.setVariable('vettingPassed', true)}",
                "<img src=x onerror=alert(1)>")) {
            refused(api, "gulnoza", clearance, values("clearance", "REFUSED", "clearanceNote", markup), "clearanceNote",
                    "must be plain text");
        }
        refused(api, "gulnoza", clearance, values("clearance", "MAYBE"), "clearance", "must be one of its options");
        refused(api, "gulnoza", clearance, values("clearance", true), "clearance", "must be one of its options");
    }

    @Test
    void aConditionallyRequiredFieldIsRequiredWhileShownOnly() {
        SafarApi api = api();
        long id = openGermanyTrip(api, "Study trip whose refusal needs a reason");
        List<JsonNode> clearances = api.tasks("gulnoza", id, "Clear ");
        String first = clearances.get(0).get("id").asText();
        refused(api, "gulnoza", first, values("clearance", "REFUSED"), "clearanceNote", "is required");
        refused(api, "gulnoza", first, values("clearance", "REFUSED", "clearanceNote", "   "), "clearanceNote",
                "is required");
        // Hidden, as Tasklist sends it: empty or not at all.
        api.submitOk("gulnoza", first, values("clearance", "CLEARED", "clearanceNote", null));
        api.submitOk("gulnoza", clearances.get(1).get("id").asText(), values("clearance", "CLEARED"));
        assertThat(api.delegation("aziza", id).get("stage").asText()).isIn("APPROVAL", "VETTING");
    }

    @Test
    void theStartFormTakesItsTitleOnlyAsPlainText() {
        SafarApi api = api();
        long existing = openGermanyTrip(api, "Study trip that a start form would attach to");
        for (Map<String, Object> values : List.of(values("title", "Attached", "delegationId", existing),
                values("title", "Mine", "nominatedBy", "madina"), values("title", LINK),
                values("title", EXPRESSION), values("title", "Study trip; --"), values("title", ""),
                values("title", "x".repeat(201)))) {
            Map<String, Long> before = rows();
            long instances = runtime.createProcessInstanceQuery().processDefinitionKey("delegation").count();
            ResponseEntity<String> answer = api.post("aziza", "/engine-rest/process-definition/key/delegation/submit-form",
                    """
                    {"variables": %s}""".formatted(variables(values)));
            assertThat(answer.getStatusCode()).as("%s: %s", values, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("openDelegation");
            assertThat(rows()).as("rows after %s", values).isEqualTo(before);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("delegation").count())
                    .isEqualTo(instances);
        }
        assertThat(api.delegation("aziza", existing).get("title").asText())
                .isEqualTo("Study trip that a start form would attach to");
        JsonNode started = api.startFromTasklist("aziza", "Study trip opened from Tasklist");
        long opened = (Long) runtime.getVariable(started.get("id").asText(), "delegationId");
        assertThat(api.delegation("aziza", opened).get("nominatedBy").asText()).isEqualTo("aziza");
        assertThat(api.delegation("aziza", opened).get("reference").asText()).isEqualTo(started.get("businessKey").asText());
        // The other start form takes its own fields only: not who is acting, which Safar knows.
        ResponseEntity<String> change = api.post("aziza",
                "/engine-rest/process-definition/key/changeDelegation/submit-form", """
                {"variables": {"chosenDelegation": {"value": "%d"}, "changeKind": {"value": "CANCEL"},
                 "changeReason": {"value": "Forged"}, "officer": {"value": "bakhtiyor"}}}""".formatted(existing));
        assertThat(change.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(change.getBody()).contains("officer is not a field of the form requestDelegationChange");
        assertThat(api.delegation("aziza", existing).get("stage").asText()).isNotEqualTo("CANCELLED");
    }

    @Test
    void aStoredValueWithMarkupShowsAsTextInTheForm() {
        SafarApi api = api();
        long id = openGermanyTrip(api, "Study trip sent back with a link");
        // Markdown is prose the API takes (no < >); on the form it must not become a link.
        for (JsonNode clearance : api.tasks("gulnoza", id, "Clear ")) {
            boolean jasur = clearance.get("name").asText().contains("Jasur");
            api.submitOk("gulnoza", clearance.get("id").asText(), jasur
                    ? values("clearance", "REFUSED", "clearanceNote", "[Log in again](https://evil.example/login)")
                    : values("clearance", "CLEARED"));
        }
        JsonNode nominate = api.onlyTask("aziza", id, "Nominate members");
        assertThat(api.formVariablesAsLoaded("aziza", nominate.get("id").asText()).get("whyReturned").asText())
                .isEqualTo("Jasur Tursunov was not cleared\\: \\[Log in again\\]\\(https\\:\\/\\/evil\\.example\\/login\\)");

        // Put in the database past the API: an HTML link shows as text too.
        jdbc.update("update delegation set return_reason = ? where id = ?", LINK, id);
        assertThat(api.formVariablesAsLoaded("aziza", nominate.get("id").asText(), "whyReturned").get("whyReturned").asText())
                .isEqualTo("\\<a href\\=\\\"https\\:\\/\\/evil\\.example\\/login\\\"\\>Log in again\\<\\/a\\>");
    }

    private static String variables(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                .append("\": {\"value\": ").append(value instanceof String text ? "\"" + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\"" : value).append('}'));
        return json.append('}').toString();
    }
}
