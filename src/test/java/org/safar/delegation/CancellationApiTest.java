package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Cancelling a delegation and withdrawing one member, through the API and from Tasklist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CancellationApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void cancellingDuringVettingClosesEveryOpenTask() {
        long id = openKoreanCourse();
        assertThat(api().tasks("gulnoza", id, "Clear ")).hasSize(10);

        ResponseEntity<String> refused = api().post("gulnoza", "/api/delegations/" + id + "/cancel",
                "{\"reason\": \"Not mine to cancel\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().post("aziza", "/api/delegations/" + id + "/cancel", "{\"reason\": \" \"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode cancelled = api().ok(api().post("aziza", "/api/delegations/" + id + "/cancel",
                "{\"reason\": \"KOICA moved the course to next year\"}"));
        assertThat(cancelled.get("stage").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("closingReason").asText()).isEqualTo("KOICA moved the course to next year");
        assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("aziza");
        assertThat(cancelled.get("openTasks")).isEmpty();
        assertThat(api().tasks("gulnoza", id, "Clear ")).isEmpty();

        ResponseEntity<String> again = api().post("aziza", "/api/delegations/" + id + "/cancel",
                "{\"reason\": \"Twice\"}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api().read(again).get("detail").asText()).contains("bekor qilingan, uni endi o‘zgartirib bo‘lmaydi");
    }

    @Test
    void withdrawingAMemberClosesTheirClearanceAndKeepsTheOthersGoing() {
        long germany = api().programmeId("Study trip: citizen service centres in Germany");
        long id = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "PSC leads to Berlin", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api().staffIds("Oybek Sobirov", "Barno Ahmedova")))).get("id").asLong();
        JsonNode delegation = api().delegation("aziza", id);
        long oybek = memberId(delegation, "Oybek Sobirov");
        long barno = memberId(delegation, "Barno Ahmedova");

        JsonNode withdrawn = api().ok(api().post("aziza", "/api/delegations/" + id + "/members/" + oybek + "/withdraw",
                "{\"reason\": \"Needed at the centre during the audit\"}"));
        assertThat(api().tasks("gulnoza", id, "Clear ")).extracting(t -> t.get("name").asText())
                .containsExactly("Clear Barno Ahmedova");
        assertThat(withdrawn.get("members")).anySatisfy(m -> {
            assertThat(m.get("fullName").asText()).isEqualTo("Oybek Sobirov");
            assertThat(m.get("active").asBoolean()).isFalse();
            assertThat(m.get("withdrawnReason").asText()).isEqualTo("Needed at the centre during the audit");
        });

        ResponseEntity<String> last = api().post("aziza", "/api/delegations/" + id + "/members/" + barno + "/withdraw",
                "{\"reason\": \"Also needed\"}");
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().read(last).get("violations").get(0).get("rule").asText()).isEqualTo("groupSize");

        api().submitOk("gulnoza", api().onlyTask("gulnoza", id, "Clear Barno").get("id").asText(),
                Map.of("clearance", "CLEARED"));
        assertThat(api().onlyTask("bakhtiyor", id, "Approve delegation")).isNotNull();
    }

    @Test
    void anOfficerChangesADelegationOnTheStartFormAloneAndItIsChangedAtOnce() {
        long germany = api().programmeId("Study trip: citizen service centres in Germany");
        long id = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "PSC leads to Munich", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api().staffIds("Oybek Sobirov", "Barno Ahmedova")))).get("id").asLong();
        JsonNode delegation = api().delegation("aziza", id);
        long oybekInMunich = memberId(delegation, "Oybek Sobirov");

        // Tasklist loads no variables for a start form: its options come written into the form it is served.
        JsonNode form = api().ok(api().get("aziza",
                "/engine-rest/process-definition/key/changeDelegation/deployed-start-form"));
        assertThat(component(form, "chosenDelegation").get("valuesExpression").asText())
                .contains("{label: \"" + delegation.get("reference").asText() + " · PSC leads to Munich\", value: \"" + id + "\"}");
        assertThat(component(form, "chosenMember").get("valuesExpression").asText())
                .contains("value: \"" + id + ":" + oybekInMunich + "\"")
                .endsWith("[starts with(value, chosenDelegation + \":\")]");
        assertThat(component(form, "chosenMember").has("valuesKey")).isFalse();

        JsonNode withdrawal = api().ok(startChange("aziza", Map.of("chosenDelegation", String.valueOf(id),
                "changeKind", "WITHDRAW_MEMBER", "chosenMember", id + ":" + oybekInMunich,
                "changeReason", "Needed at the centre during the audit")));
        assertThat(withdrawal.get("ended").asBoolean()).isTrue();
        assertThat(api().delegation("aziza", id).get("members")).anySatisfy(m -> {
            assertThat(m.get("fullName").asText()).isEqualTo("Oybek Sobirov");
            assertThat(m.get("active").asBoolean()).isFalse();
            assertThat(m.get("withdrawnReason").asText()).isEqualTo("Needed at the centre during the audit");
        });

        api().ok(startChange("aziza", Map.of("chosenDelegation", String.valueOf(id), "changeKind", "CANCEL",
                "changeReason", "Budget frozen until spring")));
        JsonNode cancelled = api().delegation("aziza", id);
        assertThat(cancelled.get("stage").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("closingReason").asText()).isEqualTo("Budget frozen until spring");
        assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("aziza");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("changeDelegation").count()).isZero();
        assertThat(api().get("aziza", "/engine-rest/process-definition/key/changeDelegation/deployed-start-form")
                .getBody()).doesNotContain("value: \\\"" + id + "\\\"");
    }

    @Test
    void aForgedChangeIsRefusedWithAMessageAndChangesNothing() {
        long id = openKoreanCourse();
        long germany = api().programmeId("Study trip: citizen service centres in Germany");
        long other = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "PSC leads to Hamburg", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api().staffIds("Oybek Sobirov", "Barno Ahmedova")))).get("id").asLong();
        long oybek = memberId(api().delegation("aziza", other), "Oybek Sobirov");

        // A member of another delegation, sent with this one: a pair the form offers, but not of this delegation.
        ResponseEntity<String> foreignMember = startChange("aziza", Map.of("chosenDelegation", String.valueOf(id),
                "changeKind", "WITHDRAW_MEMBER", "chosenMember", other + ":" + oybek, "changeReason", "Forged"));
        assertRefused(foreignMember, HttpStatus.BAD_REQUEST, "is not a member of delegation "
                + api().delegation("aziza", id).get("reference").asText());

        // Said in the language Tasklist asks in.
        HttpHeaders russian = new HttpHeaders();
        russian.setContentType(MediaType.APPLICATION_JSON);
        russian.setBasicAuth("aziza", "aziza");
        russian.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
        ResponseEntity<String> inRussian = rest.exchange("/engine-rest/process-definition/key/changeDelegation/submit-form",
                HttpMethod.POST, new HttpEntity<>("""
                {"variables": {"chosenDelegation": {"value": "%d"}, "changeKind": {"value": "WITHDRAW_MEMBER"},
                 "chosenMember": {"value": "%d:%d"}, "changeReason": {"value": "Forged"}}}"""
                .formatted(id, other, oybek), russian), String.class);
        assertRefused(inRussian, HttpStatus.BAD_REQUEST, "Выбранный участник не входит в делегацию");

        // Someone who is not an officer may not start the change at all.
        ResponseEntity<String> notAnOfficer = startChange("gulnoza", Map.of("chosenDelegation", String.valueOf(id),
                "changeKind", "CANCEL", "changeReason", "Not mine to cancel"));
        assertThat(notAnOfficer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAnOfficer.getBody()).doesNotContain("ENGINE-");

        // A delegation whose stage no longer allows changes is not offered, and not taken either.
        api().ok(api().post("aziza", "/api/delegations/" + other + "/cancel", "{\"reason\": \"Host postponed\"}"));
        ResponseEntity<String> closed = startChange("aziza", Map.of("chosenDelegation", String.valueOf(other),
                "changeKind", "CANCEL", "changeReason", "Cancelled again, differently"));
        assertRefused(closed, HttpStatus.BAD_REQUEST, "chosenDelegation");

        // A value that is no choice at all.
        assertRefused(startChange("aziza", Map.of("chosenDelegation", "not a delegation", "changeKind", "CANCEL",
                "changeReason", "Forged")), HttpStatus.BAD_REQUEST, "chosenDelegation");

        JsonNode unchanged = api().delegation("aziza", id);
        assertThat(unchanged.get("stage").asText()).isNotEqualTo("CANCELLED");
        assertThat(unchanged.get("members")).allSatisfy(m -> assertThat(m.get("active").asBoolean()).isTrue());
        JsonNode otherUnchanged = api().delegation("aziza", other);
        assertThat(otherUnchanged.get("closingReason").asText()).isEqualTo("Host postponed");
        assertThat(otherUnchanged.get("members")).allSatisfy(m -> assertThat(m.get("active").asBoolean()).isTrue());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("changeDelegation").count()).isZero();
    }

    private ResponseEntity<String> startChange(String user, Map<String, String> answers) {
        StringBuilder variables = new StringBuilder();
        answers.forEach((key, value) -> variables.append(variables.isEmpty() ? "" : ", ")
                .append("\"").append(key).append("\": {\"value\": \"").append(value).append("\"}"));
        return api().post(user, "/engine-rest/process-definition/key/changeDelegation/submit-form",
                "{\"variables\": {" + variables + "}}");
    }

    private static void assertRefused(ResponseEntity<String> answer, HttpStatus status, String saying) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).contains(saying).doesNotContain("ENGINE-").doesNotContain("Exception");
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError(key + " is not a field of the served form");
    }

    private long openKoreanCourse() {
        long korea = api().programmeId("KOICA/KIPA programme");
        List<Long> members = api().staffIds("Davron Nematov", "Lola Karimova", "Javlon Rakhmonov", "Munisa Olimova",
                "Eldor Fayziev", "Sevara Qodirova", "Islom Abdurakhmonov", "Sardor Alimov", "Malika Yusupova",
                "Jasur Tursunov");
        return api().ok(api().post("aziza", "/api/delegations", """
                {"title": "KIPA course", "programmeId": %d, "memberStaffIds": %s}""".formatted(korea, members)))
                .get("id").asLong();
    }

    private static long memberId(JsonNode delegation, String fullName) {
        for (JsonNode member : delegation.get("members")) {
            if (member.get("fullName").asText().equals(fullName)) {
                return member.get("id").asLong();
            }
        }
        throw new AssertionError(fullName + " is not a member");
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }
}
