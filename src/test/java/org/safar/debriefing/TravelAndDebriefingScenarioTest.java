package org.safar.debriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.debriefing.internal.AdvanceSettlement;
import org.safar.debriefing.internal.TripReport;
import org.safar.travel.TravelService;
import org.safar.travel.internal.TravelTicket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Travel and debriefing of real delegations, worked by the demo users through the engine REST API as
 * Tasklist does, with the engine clock moved to departure, return, the report deadlines and six
 * months on; the due timers are run the way the job executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TravelAndDebriefingScenarioTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    TravelService travel;

    @Autowired
    AdvanceSettlementService settlements;

    @Autowired
    DebriefingService debriefing;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void gizStudyTripTravelsReportsIsReviewedSettledAndFollowedUp() {
        SafarApi api = new SafarApi(rest, jobs());
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "GIZ study trip — PSC leads", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api.staffIds("Jasur Tursunov", "Malika Yusupova", "Sherzod Mahmudov",
                        "Dilnoza Hamidova")))).get("id").asLong();
        JsonNode delegation = api.delegation("aziza", id);
        Map<String, Long> members = memberIds(delegation);
        LocalDate departure = LocalDate.parse(delegation.get("programme").get("startDate").asText());
        LocalDate returnDay = LocalDate.parse(delegation.get("programme").get("endDate").asText());

        // Travel, started as the lifecycle's call activity starts it.
        ProcessInstance trip = runtime.startProcessInstanceByKey("travel", BusinessKeys.of(id),
                Map.of("delegationId", id, "nominatedBy", "aziza"));

        List<JsonNode> records = api.tasks("aziza", id, "Record ticket and visa");
        assertThat(records).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
                "Record ticket and visa: Jasur Tursunov", "Record ticket and visa: Malika Yusupova",
                "Record ticket and visa: Sherzod Mahmudov", "Record ticket and visa: Dilnoza Hamidova");
        int seat = 1;
        for (JsonNode record : records) {
            assertThat(record.get("assignee").asText()).isEqualTo("aziza");
            assertThat(record.get("due").asText()).startsWith(departure.toString());
            Map<String, JsonNode> form = api.formVariables("aziza", record.get("id").asText());
            assertThat(form.get("delegation").get("hostCountry").asText()).isEqualTo("DE");
            assertThat(record.get("name").asText()).endsWith(form.get("member").get("fullName").asText());
            Map<String, Object> ticket = new LinkedHashMap<>();
            ticket.put("flight", "HY 231 Tashkent–Frankfurt, " + departure);
            ticket.put("ticketNumber", "250-460000000" + seat);
            ticket.put("visa", "ISSUED");
            if (seat == 1) {
                ResponseEntity<String> withoutVisaNumber = api.submit("aziza", record.get("id").asText(), ticket);
                assertThat(withoutVisaNumber.getStatusCode().is2xxSuccessful()).isFalse();
                assertThat(withoutVisaNumber.getBody()).contains("(visaNumber) is required");
                assertThat(travel.tickets(id)).isEmpty();
            }
            ticket.put("visaNumber", "DEU-SCH-40" + seat++);
            api.submitOk("aziza", record.get("id").asText(), ticket);
        }
        assertThat(travel.tickets(id)).hasSize(4).extracting(TravelTicket::getVisaNumber)
                .containsExactlyInAnyOrder("DEU-SCH-401", "DEU-SCH-402", "DEU-SCH-403", "DEU-SCH-404");

        jobs().runDueAt(id, departure.minusDays(1));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(trip.getId()).count()).isOne();
        jobs().runDueAt(id, departure.plusDays(5));
        assertThat(api.tasks("jasur", id, "Monthly check-in")).isEmpty();
        assertThat(api.tasks("aziza", id, "Monthly check-in")).isEmpty();
        jobs().runDueAt(id, returnDay);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(trip.getId()).count()).isZero();

        // Debriefing, from the day of return.
        runtime.startProcessInstanceByKey("debriefing", BusinessKeys.of(id),
                Map.of("delegationId", id, "nominatedBy", "aziza"));
        JsonNode jasursReport = api.onlyTask("jasur", id, "Submit trip report");
        assertThat(jasursReport.get("name").asText()).isEqualTo("Submit trip report");
        assertThat(jasursReport.get("due").asText()).startsWith(returnDay.plusDays(14).toString());
        assertThat(api.formVariables("jasur", jasursReport.get("id").asText()).get("participant").get("fullName")
                .asText()).isEqualTo("Jasur Tursunov");
        assertThat(api.tasks("aziza", id, "Submit trip report")).extracting(t -> t.get("name").asText())
                .containsExactlyInAnyOrder("Submit trip report: Sherzod Mahmudov",
                        "Submit trip report: Dilnoza Hamidova");
        assertThat(api.tasks("madina", id, "Settle advance")).hasSize(4);

        // Dilnoza is withdrawn: her open report and her settlement close and nothing more is asked of her.
        api.ok(api.post("aziza", "/api/delegations/" + id + "/members/" + members.get("Dilnoza Hamidova")
                + "/withdraw", "{\"reason\": \"Moved to the Tashkent city administration\"}"));
        assertThat(api.tasks("aziza", id, "Submit trip report")).extracting(t -> t.get("name").asText())
                .containsExactly("Submit trip report: Sherzod Mahmudov");
        assertThat(api.tasks("madina", id, "Settle advance")).hasSize(3);

        api.submitOk("jasur", jasursReport.get("id").asText(), report(
                "How the Bürgeramt Berlin-Mitte serves walk-ins and appointments in one flow.",
                List.of(practice("Appointment kiosk with SMS call-up",
                        "Visitors take a number at a kiosk and get an SMS when their counter is free.",
                        "Every Public Service Centre with more than ten counters")),
                "Pilot the SMS call-up in the Samarkand centre by the end of the quarter."));
        ResponseEntity<String> practiceWithoutDescription = api.submit("malika",
                api.onlyTask("malika", id, "Submit trip report").get("id").asText(), report(
                        "Online pre-registration cut waiting times.",
                        List.of(practice("Online pre-registration", "", "")), "Introduce online pre-registration."));
        assertThat(practiceWithoutDescription.getBody()).contains("(practice1Description) is required");
        api.submitOk("malika", api.onlyTask("malika", id, "Submit trip report").get("id").asText(), report(
                "Online pre-registration cut waiting times.",
                List.of(practice("Online pre-registration", "Citizens book online.", "Everywhere")),
                "Introduce online pre-registration."));

        // Sherzod's report is late: at the due date his task is flagged, after 21 days the department head is told.
        jobs().runDueAt(id, returnDay.plusDays(14));
        JsonNode overdue = api.onlyTask("aziza", id, "Submit trip report");
        assertThat(overdue.get("name").asText()).isEqualTo("Submit trip report: Sherzod Mahmudov (overdue)");
        assertThat(overdue.get("priority").asInt()).isGreaterThan(50);
        assertThat(api.tasks("bakhtiyor", id, "Trip report missing")).isEmpty();
        jobs().runDueAt(id, returnDay.plusDays(21));
        JsonNode missing = api.onlyTask("bakhtiyor", id, "Trip report missing");
        assertThat(missing.get("name").asText()).isEqualTo("Trip report missing: Sherzod Mahmudov");
        api.submitOk("bakhtiyor", missing.get("id").asText(),
                Map.of("missingNote", "Called Sherzod; he sends the report this week."));
        api.submitOk("aziza", overdue.get("id").asText(), report("Queue management and staff training.",
                List.of(practice("Weekly staff rotation", "Front-office staff spend one week a month in the back office.",
                        "Regional Public Service Centres")), "Rotate the Samarkand front office from next month."));

        // The department head accepts Jasur's and Sherzod's reports and sends Malika's back once.
        List<JsonNode> reviews = api.tasks("bakhtiyor", id, "Review trip report");
        assertThat(reviews).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
                "Review trip report: Jasur Tursunov", "Review trip report: Malika Yusupova",
                "Review trip report: Sherzod Mahmudov");
        for (JsonNode review : reviews) {
            String name = review.get("name").asText();
            if (name.endsWith("Malika Yusupova")) {
                ResponseEntity<String> noReason = api.submit("bakhtiyor", review.get("id").asText(),
                        Map.of("reviewDecision", "REWORK"));
                assertThat(noReason.getBody()).contains("(reworkReason) is required");
                api.submitOk("bakhtiyor", review.get("id").asText(), Map.of("reviewDecision", "REWORK",
                        "reworkReason", "Say how the booking works and which centres could adopt it first."));
            } else {
                if (name.endsWith("Jasur Tursunov")) {
                    assertThat(api.formVariables("bakhtiyor", review.get("id").asText()).get("report")
                            .get("goodPractices").findValuesAsText("title"))
                            .containsExactly("Appointment kiosk with SMS call-up");
                }
                api.submitOk("bakhtiyor", review.get("id").asText(), Map.of("reviewDecision", "ACCEPT"));
            }
        }
        JsonNode rework = api.onlyTask("malika", id, "Submit trip report");
        Map<String, JsonNode> reworkForm = api.formVariables("malika", rework.get("id").asText());
        assertThat(reworkForm.get("report").get("reworkReason").asText()).startsWith("Say how the booking works");
        assertThat(reworkForm.get("learned").asText()).isEqualTo("Online pre-registration cut waiting times.");
        assertThat(reworkForm.get("practice1Title").asText()).isEqualTo("Online pre-registration");
        assertThat(reworkForm.get("practice1WhereItApplies").asText()).isEqualTo("Everywhere");
        assertThat(reworkForm.get("practice2Title") == null || reworkForm.get("practice2Title").isNull()).isTrue();
        api.submitOk("malika", rework.get("id").asText(), report(reworkForm.get("learned").asText(),
                List.of(practice("Online pre-registration", "Citizens book a slot online and skip the queue.",
                        "Fergana and Kokand centres")), "Introduce online pre-registration in Fergana by June."));
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Review trip report").get("id").asText(),
                Map.of("reviewDecision", "ACCEPT"));

        // Finance settles the advances of the three who stayed in the group; GIZ paid the allowance, so none was advanced.
        List<JsonNode> settles = api.tasks("madina", id, "Settle advance");
        assertThat(settles).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
                "Settle advance: Jasur Tursunov", "Settle advance: Malika Yusupova", "Settle advance: Sherzod Mahmudov");
        for (JsonNode settle : settles) {
            Map<String, JsonNode> settleForm = api.formVariables("madina", settle.get("id").asText());
            assertThat(settle.get("name").asText()).endsWith(settleForm.get("advance").get("fullName").asText());
            assertThat(settleForm.get("advance").get("advanceUsd").decimalValue()).isEqualByComparingTo("0");
            boolean jasur = settle.get("name").asText().endsWith("Jasur Tursunov");
            if (jasur) {
                ResponseEntity<String> negative = api.submit("madina", settle.get("id").asText(),
                        Map.of("actualExpensesUsd", -1));
                assertThat(negative.getBody()).contains("(actualExpensesUsd) must be at least 0");
            }
            api.submitOk("madina", settle.get("id").asText(), Map.of("actualExpensesUsd", jasur ? 42.5 : 0));
        }
        assertThat(settlements.settlements(id)).extracting(s -> s.getAdvanceUsd().toPlainString(),
                s -> s.getDifferenceUsd().toPlainString())
                .containsExactlyInAnyOrder(tuple("0.00", "42.50"),
                        tuple("0.00", "0.00"),
                        tuple("0.00", "0.00"));

        // The library: any Safar user finds the accepted practices, by words and by host country.
        JsonNode found = api.ok(api.get("tokyo", "/api/good-practices?q=sms+CALL-UP&country=de"));
        assertThat(found.findValuesAsText("title")).contains("Appointment kiosk with SMS call-up");
        assertThat(found.findValuesAsText("reportedBy")).contains("Jasur Tursunov");
        assertThat(api.ok(api.get("jasur", "/api/good-practices?q=Kokand+centres")).findValuesAsText("title"))
                .contains("Online pre-registration");
        assertThat(api.ok(api.get("jasur", "/api/good-practices?q=sms+call-up&country=JP"))).isEmpty();
        assertThat(api.get("jasur", "/api/good-practices?country=Germany").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(null, "/api/good-practices").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // Six months after the return the department head follows up each action plan.
        jobs().runDueAt(id, returnDay.plusMonths(6).minusDays(1));
        assertThat(api.tasks("bakhtiyor", id, "Record action plan outcome")).isEmpty();
        jobs().runDueAt(id, returnDay.plusMonths(6));
        List<JsonNode> outcomes = api.tasks("bakhtiyor", id, "Record action plan outcome");
        assertThat(outcomes).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
                "Record action plan outcome: Jasur Tursunov", "Record action plan outcome: Malika Yusupova",
                "Record action plan outcome: Sherzod Mahmudov");
        for (JsonNode outcome : outcomes) {
            api.submitOk("bakhtiyor", outcome.get("id").asText(), Map.of("actionPlanOutcome", "CARRIED_OUT_FULLY",
                    "outcomeComment", "Done as planned."));
        }

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("debriefing")
                .processInstanceBusinessKey(BusinessKeys.of(id)).count()).isZero();
        assertThat(debriefing.reports(id)).extracting(TripReport::getStatus, TripReport::getOutcome)
                .containsOnly(tuple(ReportStatus.ACCEPTED,
                        ActionPlanOutcome.CARRIED_OUT_FULLY)).hasSize(3);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(BusinessKeys.of(id))
                .processDefinitionKey("debriefing").taskNameLike("%Dilnoza Hamidova%").list()).extracting(t -> t.getName())
                .containsExactlyInAnyOrder("Submit trip report: Dilnoza Hamidova", "Settle advance: Dilnoza Hamidova");
        assertThat(settlements.settlements(id)).extracting(AdvanceSettlement::getMemberId)
                .doesNotContain(members.get("Dilnoza Hamidova"));
    }

    @Test
    void theLifecycleCompletesWhenDebriefingEnds() {
        SafarApi api = new SafarApi(rest, jobs());
        long astana = api.programmeId("Astana Civil Service Hub");
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Hub conference — HR policy", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(astana, api.staffIds("Sardor Alimov")))).get("id").asLong();
        JsonNode delegation = api.delegation("aziza", id);
        LocalDate returnDay = LocalDate.parse(delegation.get("programme").get("endDate").asText());
        // The stages before travel are other processes; the lifecycle is moved on to travel as funding would.
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("delegation")
                .processInstanceBusinessKey(BusinessKeys.of(id)).singleResult();
        runtime.createProcessInstanceModification(lifecycle.getId())
                .startBeforeActivity("CallActivity_Travel")
                .cancelAllForActivity("CallActivity_Vetting")
                .execute();
        jobs().runPending();
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("TRAVEL");

        JsonNode record = api.onlyTask("aziza", id, "Record ticket and visa");
        api.submitOk("aziza", record.get("id").asText(), Map.of("flight", "HY 721 Tashkent–Astana",
                "ticketNumber", "250-7000001", "visa", "NOT_REQUIRED"));
        jobs().runDueAt(id, returnDay);
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("DEBRIEFING");

        api.submitOk("sardor", api.onlyTask("sardor", id, "Submit trip report").get("id").asText(), report(
                "How the hub's members run HR analytics.", List.of(), "Propose an HR dashboard."));
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Review trip report").get("id").asText(),
                Map.of("reviewDecision", "ACCEPT"));
        JsonNode settle = api.onlyTask("madina", id, "Settle advance");
        JsonNode advance = api.formVariables("madina", settle.get("id").asText()).get("advance");
        assertThat(advance.get("advanceUsd").decimalValue()).isEqualByComparingTo("300.00");
        api.submitOk("madina", settle.get("id").asText(), Map.of("actualExpensesUsd", 260));
        assertThat(settlements.settlements(id).get(0).getDifferenceUsd()).isEqualByComparingTo("-40.00");
        jobs().runDueAt(id, returnDay.plusMonths(6));
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Record action plan outcome").get("id").asText(),
                Map.of("actionPlanOutcome", "NOT_CARRIED_OUT", "outcomeComment", "No budget for the dashboard."));

        JsonNode completed = api.delegation("aziza", id);
        assertThat(completed.get("stage").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("closedAt").isNull()).isFalse();
        assertThat(completed.get("openTasks")).isEmpty();
    }

    @Test
    void internsCheckInEveryMonthAbroadAndTheReturnClosesAnOpenCheckIn() {
        SafarApi api = new SafarApi(rest, jobs());
        long tokyo = api.programmeId("Internship in civil-service HR management");
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "HR internship in Tokyo", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(tokyo, api.staffIds("Sardor Alimov", "Lola Karimova")))).get("id").asLong();
        JsonNode programme = api.delegation("aziza", id).get("programme");
        LocalDate departure = LocalDate.parse(programme.get("startDate").asText());
        LocalDate returnDay = LocalDate.parse(programme.get("endDate").asText());
        ProcessInstance internship = runtime.startProcessInstanceByKey("travel", BusinessKeys.of(id),
                Map.of("delegationId", id, "nominatedBy", "aziza"));
        int seat = 1;
        for (JsonNode record : api.tasks("aziza", id, "Record ticket and visa")) {
            api.submitOk("aziza", record.get("id").asText(), Map.of("flight", "HY 527 Tashkent–Tokyo",
                    "ticketNumber", "250-52700" + seat, "visa", "ISSUED", "visaNumber", "JP-" + seat++));
        }

        jobs().runDueAt(id, departure);
        jobs().runDueAt(id, departure.plusDays(29));
        assertThat(api.tasks("sardor", id, "Monthly check-in")).isEmpty();
        jobs().runDueAt(id, departure.plusDays(30));
        JsonNode sardors = api.onlyTask("sardor", id, "Monthly check-in");
        assertThat(sardors.get("name").asText()).isEqualTo("Monthly check-in");
        assertThat(api.formVariables("sardor", sardors.get("id").asText()).get("member").get("checkIn").asInt())
                .isOne();
        JsonNode lolas = api.onlyTask("aziza", id, "Monthly check-in");
        assertThat(lolas.get("name").asText()).isEqualTo("Monthly check-in: Lola Karimova");
        ResponseEntity<String> noProgress = api.submit("sardor", sardors.get("id").asText(),
                Map.of("wellbeing", "WELL"));
        assertThat(noProgress.getBody()).contains("(progress) is required");
        api.submitOk("sardor", sardors.get("id").asText(), Map.of("wellbeing", "WELL",
                "progress", "Shadowing the recruitment examinations unit."));
        api.submitOk("aziza", lolas.get("id").asText(), Map.of("wellbeing", "SOME_DIFFICULTIES",
                "progress", "Analysing the ministry's HR data.", "issues", "The dormitory is far from the ministry."));

        jobs().runDueAt(id, departure.plusDays(60));
        JsonNode second = api.onlyTask("sardor", id, "Monthly check-in");
        assertThat(api.formVariables("sardor", second.get("id").asText()).get("member").get("checkIn").asInt())
                .isEqualTo(2);
        api.submitOk("sardor", second.get("id").asText(), Map.of("wellbeing", "NEEDS_HELP",
                "progress", "Drafting the comparison of exam systems.", "issues", "My visa needs extending."));

        // Lola's second check-in and the third round are still open when the interns come home.
        jobs().runDueAt(id, departure.plusDays(90));
        assertThat(api.tasks("aziza", id, "Monthly check-in")).hasSize(2);
        jobs().runDueAt(id, returnDay);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(internship.getId()).count()).isZero();
        assertThat(api.tasks("aziza", id, "Monthly check-in")).isEmpty();
        assertThat(api.tasks("sardor", id, "Monthly check-in")).isEmpty();
        assertThat(travel.checkIns(id)).extracting(c -> c.getWellbeing().name(), c -> c.getRecordedBy())
                .containsExactlyInAnyOrder(tuple("WELL", "sardor"), tuple("SOME_DIFFICULTIES", "aziza"),
                        tuple("NEEDS_HELP", "sardor"));
    }

    private static Map<String, Long> memberIds(JsonNode delegation) {
        Map<String, Long> ids = new LinkedHashMap<>();
        delegation.get("members").forEach(m -> ids.put(m.get("fullName").asText(), m.get("id").asLong()));
        return ids;
    }

    /** The trip report as the form submits it: up to three practices, each a group of three fields. */
    private static Map<String, Object> report(String learned, List<Map<String, Object>> practices,
            String actionPlan) {
        Map<String, Object> report = new LinkedHashMap<>(Map.of("learned", learned, "actionPlan", actionPlan));
        for (int n = 1; n <= practices.size(); n++) {
            Map<String, Object> practice = practices.get(n - 1);
            report.put("practice" + n + "Title", practice.get("title"));
            report.put("practice" + n + "Description", practice.get("description"));
            report.put("practice" + n + "WhereItApplies", practice.get("whereItApplies"));
        }
        return report;
    }

    private static Map<String, Object> practice(String title, String description, String whereItApplies) {
        return Map.of("title", title, "description", description, "whereItApplies", whereItApplies);
    }

    private DelegationJobs jobs() {
        return new DelegationJobs(runtime, management);
    }
}
