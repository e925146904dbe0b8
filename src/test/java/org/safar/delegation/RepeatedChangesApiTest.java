package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.AtTheSameMoment;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.identity.ApprovedDelegations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A cancellation or a withdrawal sent again, one after the other or eight at the same moment, answers
 * as the first did and takes effect once: the engine records one cancellation, the embassy informs the
 * host once, the reservation is released once, the member's task closes once. Each scenario ends with
 * its members free again, so that other scenarios may nominate them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RepeatedChangesApiTest {

    private static final String MONGOLIA = "Peer-learning exchange";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    /** Plays the job executor after each call; for one caller at a time. */
    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    /** Runs no jobs: eight callers at once would run the same job at once. */
    private SafarApi caller() {
        return new SafarApi(rest);
    }

    @Test
    void aCancellationSentAgainAnswersAsTheFirstAndAnotherReasonIsRefused() {
        long id = inVetting("Municipal services exchange, cancelled twice", "Khurshid Bobojonov", "Laziz Hakimov");
        String cancel = "/api/delegations/" + id + "/cancel";

        ResponseEntity<String> first = api().post("aziza", cancel, "{\"reason\": \"The city office moved the visit\"}");
        ResponseEntity<String> again = api().post("aziza", cancel, "{\"reason\": \"The city office moved the visit\"}");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().read(again)).isEqualTo(api().read(first));
        assertThat(api().read(again).get("stage").asText()).isEqualTo("CANCELLED");
        assertThat(timesRun(id, "ServiceTask_RecordCancellation")).isEqualTo(1);

        ResponseEntity<String> otherReason = api().post("aziza", cancel, "{\"reason\": \"Twice\"}");
        assertThat(otherReason.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api().read(otherReason).get("detail").asText()).contains("bekor qilingan, uni endi o‘zgartirib bo‘lmaydi");
    }

    @Test
    void eightCancellationsAtOnceCancelOnceAndAllAnswerAlike() throws Exception {
        long id = inFunding("Municipal services exchange, cancelled at once", "Khurshid Bobojonov", "Laziz Hakimov");
        assertThat(api().onlyTask("madina", id, "Approve funding")).isNotNull();

        List<ResponseEntity<String>> answers = AtTheSameMoment.eightTimes(() -> caller().post("aziza",
                "/api/delegations/" + id + "/cancel", "{\"reason\": \"The city office moved the visit\"}"));

        assertAllAlike(answers, HttpStatus.OK);
        JsonNode cancelled = api().read(answers.get(0));
        assertThat(cancelled.get("stage").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("openTasks")).extracting(task -> task.get("name").asText())
                .containsExactly("Inform the host of the cancellation");
        assertThat(timesRun(id, "ServiceTask_RecordCancellation")).isEqualTo(1);
        assertThat(timesRun(id, "UserTask_InformHostOfCancellation")).isEqualTo(1);
        assertThat(reservationsOf(id)).extracting(reservation -> reservation.get("status").asText())
                .containsExactly("RELEASED");
    }

    @Test
    void aWithdrawalSentAgainAnswersAsTheFirstAndAnotherReasonIsRefused() {
        long id = inVetting("Municipal services exchange, withdrawn twice", "Feruza Qosimova", "Khurshid Bobojonov",
                "Laziz Hakimov");
        String withdraw = withdrawPath(id, "Feruza Qosimova");

        ResponseEntity<String> first = api().post("aziza", withdraw, "{\"reason\": \"Needed for the reserve review\"}");
        ResponseEntity<String> again = api().post("aziza", withdraw, "{\"reason\": \"Needed for the reserve review\"}");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().read(again)).isEqualTo(api().read(first));
        assertThat(api().tasks("gulnoza", id, "Clear ")).extracting(task -> task.get("name").asText())
                .containsExactlyInAnyOrder("Clear Khurshid Bobojonov", "Clear Laziz Hakimov");
        assertThat(closedClearances(id, "Feruza Qosimova")).isEqualTo(1);

        ResponseEntity<String> otherReason = api().post("aziza", withdraw, "{\"reason\": \"On leave\"}");
        assertThat(otherReason.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // Told in the officer's language (Uzbek), with the first reason, which stands.
        assertThat(api().read(otherReason).get("detail").asText()).contains("Feruza Qosimova", "aziza",
                "Needed for the reserve review");
        cancel(id);
    }

    @Test
    void eightWithdrawalsAtOnceWithdrawOnceAndAllAnswerAlike() throws Exception {
        long id = inVetting("Municipal services exchange, withdrawn at once", "Feruza Qosimova", "Khurshid Bobojonov",
                "Laziz Hakimov");
        String withdraw = withdrawPath(id, "Feruza Qosimova");

        List<ResponseEntity<String>> answers = AtTheSameMoment.eightTimes(() -> caller().post("aziza", withdraw,
                "{\"reason\": \"Needed for the reserve review\"}"));

        assertAllAlike(answers, HttpStatus.OK);
        JsonNode withdrawn = member(api().read(answers.get(0)), "Feruza Qosimova");
        assertThat(withdrawn.get("active").asBoolean()).isFalse();
        assertThat(withdrawn.get("withdrawnBy").asText()).isEqualTo("aziza");
        assertThat(api().tasks("gulnoza", id, "Clear ")).extracting(task -> task.get("name").asText())
                .containsExactlyInAnyOrder("Clear Khurshid Bobojonov", "Clear Laziz Hakimov");
        assertThat(closedClearances(id, "Feruza Qosimova")).isEqualTo(1);
        cancel(id);
    }

    /** Every caller got the same status and the same body. */
    private void assertAllAlike(List<ResponseEntity<String>> answers, HttpStatus expected) {
        assertThat(answers).extracting(ResponseEntity::getStatusCode).as("statuses").containsOnly(expected);
        JsonNode first = api().read(answers.get(0));
        assertThat(answers).extracting(answer -> api().read(answer)).as("bodies").containsOnly(first);
    }

    private long inVetting(String title, String... members) {
        long id = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, api().programmeId(MONGOLIA), api().staffIds(members)))).get("id").asLong();
        assertThat(api().delegation("aziza", id).get("stage").asText()).isEqualTo("VETTING");
        return id;
    }

    /** What the liaison told the host of the cancellation stays with the delegation, not only in the task's history. */
    @Test
    void theLiaisonsWordToTheHostIsKeptWithTheDelegation() {
        long id = inFunding("Municipal services exchange, host told", "Khurshid Bobojonov", "Laziz Hakimov");
        cancel(id);
        assertThat(api().delegation("aziza", id).get("hostInformed").isNull()).as("not told yet").isTrue();

        String inform = api().onlyTask("ulaanbaatar", id, "Inform the host").get("id").asText();
        api().submitOk("ulaanbaatar", inform, Map.of("hostInformedNote", "Told Ms. Oyun by phone; the Governor's Office"
                + " releases the hall"));

        JsonNode told = api().delegation("aziza", id).get("hostInformed");
        assertThat(told.get("note").asText()).isEqualTo("Told Ms. Oyun by phone; the Governor's Office releases the hall");
        assertThat(told.get("by").asText()).isEqualTo("ulaanbaatar");
        assertThat(told.get("at").isNull()).isFalse();
    }

    /** Approved, confirmed by the embassy over the API and priced: the amount is reserved and finance approves next. */
    private long inFunding(String title, String... members) {
        long id = ApprovedDelegations.waitingForTheEmbassy(api(), MONGOLIA, title, members);
        api().ok(api().post("aziza", "/api/delegations/" + id + "/embassy-confirmation", """
                {"reference": "UB-%d", "hostContact": "Ms. Oyun, LOGIN network", "venue": "City Governor's Office",
                 "agenda": "Six stages of peer learning", "accommodation": "Hotel Ulaanbaatar",
                 "airportPickup": true, "visaSupportLetterIssued": true}""".formatted(id)));
        assertThat(api().delegation("aziza", id).get("stage").asText()).isEqualTo("FUNDING");
        assertThat(reservationsOf(id)).extracting(reservation -> reservation.get("status").asText())
                .containsExactly("HELD");
        return id;
    }

    private void cancel(long id) {
        api().ok(api().post("aziza", "/api/delegations/" + id + "/cancel", "{\"reason\": \"Test over\"}"));
    }

    private String withdrawPath(long id, String fullName) {
        return "/api/delegations/" + id + "/members/" + member(api().delegation("aziza", id), fullName).get("id")
                .asLong() + "/withdraw";
    }

    /** How often the lifecycle of the delegation passed the activity. */
    private long timesRun(long id, String activityId) {
        return history.createHistoricActivityInstanceQuery().activityId(activityId)
                .processInstanceId(lifecycle(id)).count();
    }

    /** The member's clearance tasks that were closed (by the withdrawal, as no one cleared them). */
    private long closedClearances(long id, String fullName) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(BusinessKeys.of(id))
                .taskName("Clear " + fullName).finished().count();
    }

    private String lifecycle(long id) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(DelegationVariables.PROCESS_KEY)
                .processInstanceBusinessKey(BusinessKeys.of(id)).singleResult().getId();
    }

    private List<JsonNode> reservationsOf(long id) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode line : api().ok(api().get("madina", "/api/budget-lines"))) {
            for (JsonNode reservation : api().ok(api().get("madina", "/api/budget-lines/" + line.get("id").asText()))
                    .get("reservations")) {
                if (reservation.get("delegationId").asLong() == id) {
                    found.add(reservation);
                }
            }
        }
        return found;
    }

    private static JsonNode member(JsonNode delegation, String fullName) {
        for (JsonNode member : delegation.get("members")) {
            if (member.get("fullName").asText().equals(fullName)) {
                return member;
            }
        }
        throw new AssertionError(fullName + " is not a member");
    }
}
