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
import org.springframework.http.HttpStatus;
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
    void anOfficerCancelsFromTasklistChoosingTheDelegationFromAList() {
        long id = openKoreanCourse();
        JsonNode started = api().ok(api().post("aziza",
                "/engine-rest/process-definition/key/changeDelegation/submit-form", "{\"variables\": {}}"));
        JsonNode task = api().ok(api().get("aziza", "/engine-rest/task?processInstanceId=" + started.get("id").asText()))
                .get(0);
        Map<String, JsonNode> form = api().formVariables("aziza", task.get("id").asText());
        assertThat(form.get("delegationOptions").findValuesAsText("value")).contains(String.valueOf(id));

        api().submitOk("aziza", task.get("id").asText(), Map.of("changeKind", "CANCEL",
                "chosenDelegation", String.valueOf(id), "changeReason", "Budget frozen until spring"));

        JsonNode cancelled = api().delegation("aziza", id);
        assertThat(cancelled.get("stage").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("closingReason").asText()).isEqualTo("Budget frozen until spring");
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
