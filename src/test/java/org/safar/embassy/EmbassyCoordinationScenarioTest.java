package org.safar.embassy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.delegation.DelegationVariables;
import org.safar.embassy.internal.EmbassyRequest;
import org.safar.embassy.internal.EmbassyRequestRepository;
import org.safar.embassy.internal.HostConfirmation;
import org.safar.embassy.internal.HostConfirmationRepository;
import org.safar.i18n.GeneratedTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * GIZ study trips to Germany carried by the demo users through nomination and vetting into embassy
 * coordination, where the liaison in Berlin answers in Tasklist and another system confirms over the
 * API. The delegations it approves would count as overlapping trips for the nominees of other
 * scenarios: the next class finds the database as the context started (org.safar.DatabaseAsStarted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmbassyCoordinationScenarioTest {

    private static final String GERMANY = "Study trip: citizen service centres in Germany";
    private static final String CONFIRM = "Confirm host arrangements";
    private static final DateTimeFormatter ENGINE_REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService taskService;

    @Autowired
    EmbassyRequestRepository requests;

    @Autowired
    HostConfirmationRepository confirmations;

    @Autowired
    EmbassyService embassy;

    @Autowired
    GeneratedTexts texts;

    @Autowired
    Clock clock;

    SafarApi api;

    /**
     * The lifecycle calls funding after this stage. Until that stage is merged, a stub waits in its
     * place, so that a confirmed delegation stays at FUNDING; the real process is used once it exists.
     */
    @BeforeEach
    void fundingStageOrStub() {
        api = new SafarApi(rest, new DelegationJobs(runtime, management));
        if (repository.createProcessDefinitionQuery().processDefinitionKey("funding").count() == 0) {
            repository.createDeployment().name("Funding stub of EmbassyCoordinationScenarioTest")
                    .addModelInstance("funding-stub.bpmn", Bpmn.createExecutableProcess("funding")
                            .name("Funding (stub)").camundaHistoryTimeToLive(1825)
                            .startEvent().receiveTask("ReceiveTask_FundingStub").name("Wait in place of funding")
                            .endEvent().done())
                    .deploy();
        }
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void berlinAsksForNewDatesTheOfficerRevisesAndBerlinConfirmsInTasklist() {
        long id = approvedDelegation("GIZ study trip — PSC leads", "Jasur Tursunov", "Malika Yusupova");

        // Only the liaison of the host country sees the request, due after Germany's 30 days.
        JsonNode request = api.onlyTask("berlin", id, CONFIRM);
        assertThat(api.tasks("tokyo", id, "")).isEmpty();
        assertThat(api.tasks("aziza", id, CONFIRM)).isEmpty();
        JsonNode openTask = api.delegation("aziza", id).get("openTasks").get(0);
        assertThat(openTask.get("candidateGroups").get(0).asText()).isEqualTo("embassy-DE");
        EmbassyRequest first = requests.findFirstByDelegationIdOrderByRoundDesc(id).orElseThrow();
        assertThat(first.getLeadTimeDays()).isEqualTo(30);
        assertThat(OffsetDateTime.parse(request.get("due").asText(), ENGINE_REST_DATE).toInstant())
                .isEqualTo(first.getDueAt().truncatedTo(ChronoUnit.MILLIS));
        Map<String, JsonNode> form = api.formVariables("berlin", request.get("id").asText());
        assertThat(form.get("delegation").get("programme").asText()).isEqualTo(GERMANY);
        assertThat(form.get("delegation").get("hostInstitution").asText()).contains("GIZ");
        assertThat(form.get("delegation").get("dates").asText()).contains(" – ");
        assertThat(form.get("members").findValuesAsText("fullName"))
                .containsExactlyInAnyOrder("Jasur Tursunov", "Malika Yusupova");
        assertThat(form.get("request").get("leadTimeDays").asInt()).isEqualTo(30);
        assertThat(form.get("earlierRequests")).isEmpty();

        ResponseEntity<String> noReason = api.submit("berlin", request.get("id").asText(),
                Map.of("answer", "CHANGES_REQUESTED", "changeKind", "NEW_DATES"));
        assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noReason.getBody()).contains("(changeReason) is required");
        api.submitOk("berlin", request.get("id").asText(), Map.of("answer", "CHANGES_REQUESTED",
                "changeKind", "NEW_DATES",
                "changeReason", "The Bürgeramt Berlin-Mitte holds its open week two days later; please arrive then"));

        // The officer sees what was asked and records what she changed; a new request goes to Berlin.
        JsonNode revise = api.onlyTask("aziza", id, "Revise for the embassy");
        assertThat(api.tasks("berlin", id, CONFIRM)).isEmpty();
        Map<String, JsonNode> asked = api.formVariables("aziza", revise.get("id").asText());
        assertThat(asked.get("changeRequest").get("kind").asText()).isEqualTo("New dates");
        assertThat(asked.get("changeRequest").get("reason").asText()).contains("open week");
        assertThat(asked.get("changeRequest").get("askedBy").asText()).as("who asked, by name").isEqualTo("Kamila Rustamova");
        // The dates fields start from the delegation's own dates; the members are offered by name.
        JsonNode before = api.delegation("aziza", id);
        LocalDate departure = LocalDate.parse(asked.get("departureDate").asText());
        LocalDate comeBack = LocalDate.parse(asked.get("returnDate").asText());
        assertThat(departure).hasToString(before.get("departureDate").asText());
        assertThat(comeBack).hasToString(before.get("returnDate").asText());
        assertThat(asked.get("memberOptions").findValuesAsText("label"))
                .anySatisfy(label -> assertThat(label).startsWith("Malika Yusupova — "));
        LocalDate earliest = LocalDate.now(clock).plusDays(31);
        assertThat(asked.get("changeRequest").get("earliestDeparture").asText()).isEqualTo(texts.date(earliest));

        // New dates must leave Berlin its 30 days for the next request; the group keeps at least one member.
        String reviseId = revise.get("id").asText();
        List<String> both = asked.get("memberOptions").findValuesAsText("value");
        String malika = StreamSupport.stream(asked.get("memberOptions").spliterator(), false)
                .filter(option -> option.get("label").asText().startsWith("Malika")).findFirst().orElseThrow()
                .get("value").asText();
        ResponseEntity<String> tooSoon = api.submit("aziza", reviseId, Map.of("revision", "Earlier flights",
                "departureDate", earliest.minusDays(1).toString(), "returnDate", comeBack.toString()));
        assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(tooSoon).get("detail").asText())
                .isEqualTo("the embassy in Germany needs 30 days to confirm: leave on "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(earliest)
                        + " or later");
        ResponseEntity<String> nobodyLeft = api.submit("aziza", reviseId, Map.of("revision", "Nobody goes",
                "departureDate", departure.plusDays(2).toString(), "returnDate", comeBack.plusDays(2).toString(),
                "withdrawnMembers", both, "withdrawalReason", "The host cancelled the open week"));
        assertThat(nobodyLeft.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(nobodyLeft).get("detail").asText()).contains("is the last member of the group");
        JsonNode unchanged = api.delegation("aziza", id);
        assertThat(unchanged.get("members").findValuesAsText("active")).as("nothing applied of a refused revision")
                .containsExactly("true", "true");
        assertThat(unchanged.get("departureDate").asText()).isEqualTo(departure.toString());
        api.submitOk("aziza", reviseId, Map.of("revision",
                "Flights moved two days later; Malika Yusupova stays, the host has one seat less",
                "departureDate", departure.plusDays(2).toString(), "returnDate", comeBack.plusDays(2).toString(),
                "withdrawnMembers", List.of(malika), "withdrawalReason", "The host has one seat less in the open week"));
        JsonNode after = api.delegation("aziza", id);
        assertThat(after.get("departureDate").asText()).isEqualTo(departure.plusDays(2).toString());
        assertThat(after.get("returnDate").asText()).isEqualTo(comeBack.plusDays(2).toString());
        assertThat(after.get("members").findValuesAsText("withdrawnReason"))
                .contains("The host has one seat less in the open week");

        JsonNode second = api.onlyTask("berlin", id, CONFIRM);
        Map<String, JsonNode> history = api.formVariables("berlin", second.get("id").asText());
        assertThat(history.get("request").get("round").asInt()).isEqualTo(2);
        assertThat(history.get("members").findValuesAsText("fullName")).containsExactly("Jasur Tursunov");
        // Asked again while round 2 is unanswered, as a request run a second time would: no third round.
        assertThat(embassy.request(id).getRound()).isEqualTo(2);
        assertThat(requests.findByDelegationIdOrderByRound(id)).hasSize(2);
        assertThat(history.get("earlierRequests").get(0).get("revision").asText()).contains("Flights moved");
        // The next request puts the new dates to Berlin; the round before keeps the dates it asked for.
        String datesNow = history.get("delegation").get("dates").asText();
        assertThat(history.get("earlierRequests").get(0).get("datesAsked").asText()).isNotBlank().isNotEqualTo(datesNow);
        assertThat(requests.findByDelegationIdOrderByRound(id)).extracting(EmbassyRequest::getDepartureDate)
                .containsExactly(departure, departure.plusDays(2));
        // Tasklist lists tasks by departure: the new request's instance carries the new day.
        Object departsOn = runtime.getVariable(taskService.createTaskQuery().taskId(second.get("id").asText())
                .singleResult().getProcessInstanceId(), DelegationVariables.DEPARTS_ON);
        assertThat(departsOn).isEqualTo(Date.from(departure.plusDays(2).atStartOfDay(clock.getZone()).toInstant()));
        ResponseEntity<String> incomplete = api.submit("berlin", second.get("id").asText(),
                Map.of("answer", "CONFIRMED", "venue", "Bürgeramt Berlin-Mitte, Karl-Marx-Allee 31"));
        assertThat(incomplete.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(incomplete.getBody()).contains("(hostContact) is required");
        api.submitOk("berlin", second.get("id").asText(), Map.of("answer", "CONFIRMED",
                "hostContact", "Dr. Anke Vogel, GIZ project lead, +49 30 338424 0",
                "venue", "Bürgeramt Berlin-Mitte, Karl-Marx-Allee 31",
                "agenda", "Day 1: online services; day 2: queue management; day 3: staff training",
                "accommodation", "Hotel Albrechtshof, Albrechtstraße 8",
                "airportPickup", "true", "visaSupportLetterIssued", "false"));

        JsonNode confirmed = api.delegation("aziza", id);
        assertThat(confirmed.get("stage").asText()).isEqualTo("FUNDING");
        assertThat(confirmed.get("openTasks").findValuesAsText("name")).doesNotContain(CONFIRM);
        List<EmbassyRequest> rounds = requests.findByDelegationIdOrderByRound(id);
        assertThat(rounds).extracting(EmbassyRequest::getAnswer)
                .containsExactly(EmbassyAnswer.CHANGES_REQUESTED, EmbassyAnswer.CONFIRMED);
        assertThat(rounds.get(0).getChangeKind()).isEqualTo(ChangeKind.NEW_DATES);
        assertThat(rounds.get(0).getRevisedBy()).isEqualTo("aziza");
        HostConfirmation recorded = confirmations.findByDelegationIdOrderByConfirmedAt(id).get(0);
        assertThat(recorded.getChannel()).isEqualTo(ConfirmationChannel.TASKLIST);
        assertThat(recorded.getConfirmedBy()).isEqualTo("berlin");
        assertThat(recorded.arrangements().airportPickup()).isTrue();
        assertThat(recorded.arrangements().visaSupportLetterIssued()).isFalse();

        // Another system's confirmation comes too late: the embassy already confirmed in Tasklist. Told in
        // Russian, the language of the liaison in Berlin.
        ResponseEntity<String> late = api.post("berlin", confirmationPath(id), confirmation("GIZ-BER-0007",
                "Bürgeramt Berlin-Mitte"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(late).get("detail").asText())
                .contains("уже подтверждены в Tasklist пользователем berlin");
    }

    @Test
    void anotherSystemConfirmsOnceAfterTheOfficerWasReminded() {
        long id = approvedDelegation("GIZ study trip — deputy heads", "Sherzod Mahmudov", "Akmal Tojiboev");

        // A day past the due date: the officer is reminded, the embassy's task stays open.
        Instant requested = requests.findFirstByDelegationIdOrderByRoundDesc(id).orElseThrow().getRequestedAt();
        runDueTimers(id, requested.plus(Duration.ofDays(31).plusHours(1)));
        JsonNode reminder = api.onlyTask("aziza", id, "Follow up with the embassy");
        assertThat(api.formVariables("aziza", reminder.get("id").asText()).get("waiting").get("daysWaited").asInt())
                .isEqualTo(31);
        api.onlyTask("berlin", id, CONFIRM);

        String path = confirmationPath(id);
        String body = confirmation("GIZ-UZ-2026-014", "Bürgeramt Berlin-Mitte");
        // Japan's liaison and a participant who does not travel may not see a delegation to Germany:
        // for them it does not exist.
        assertThat(api.post("tokyo", path, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("jasur", path, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("aziza", confirmationPath(999_999), body).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // Who may see it but not confirm it is told who may, in their own language: the administrator
        // in English, the head of department who approved it in Uzbek.
        JsonNode administrator = api.read(api.post("admin", path, body));
        assertThat(administrator.get("status").asInt()).isEqualTo(403);
        assertThat(administrator.get("title").asText()).isEqualTo("Not allowed");
        assertThat(administrator.get("detail").asText())
                .isEqualTo("Only members of 'officers', 'embassy-DE' confirm host arrangements; admin is not one");
        JsonNode headOfDepartment = api.read(api.post("bakhtiyor", path, body));
        assertThat(headOfDepartment.get("status").asInt()).isEqualTo(403);
        assertThat(headOfDepartment.get("title").asText()).isEqualTo("Ruxsat yo‘q");
        assertThat(headOfDepartment.get("detail").asText()).isEqualTo("Faqat 'officers', 'embassy-DE' guruhi"
                + " a’zolari uchun: qabul shartlarini tasdiqlash; bakhtiyor ular qatorida emas");
        ResponseEntity<String> bad = api.post("berlin", path, """
                {"reference": "GIZ-UZ-2026-014", "venue": "Bürgeramt Berlin-Mitte", "agenda": "Three days",
                 "accommodation": "Hotel Albrechtshof", "visaSupportLetterIssued": true}""");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(bad).get("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("hostContact", "airportPickup");
        assertThat(api.read(bad).get("violations").findValuesAsText("rule")).containsOnly("required");
        assertThat(api.read(bad).get("violations").findValuesAsText("message")).containsOnly("обязательно");
        assertThat(confirmations.findByDelegationIdOrderByConfirmedAt(id)).isEmpty();
        api.onlyTask("berlin", id, CONFIRM);

        JsonNode first = api.ok(api.post("aziza", path, body));
        assertThat(first.get("reference").asText()).isEqualTo("GIZ-UZ-2026-014");
        assertThat(first.get("channel").asText()).isEqualTo("API");
        assertThat(first.get("confirmedBy").asText()).isEqualTo("aziza");
        assertThat(first.get("airportPickup").asBoolean()).isTrue();
        JsonNode confirmed = api.delegation("aziza", id);
        assertThat(confirmed.get("stage").asText()).isEqualTo("FUNDING");
        assertThat(api.tasks("berlin", id, CONFIRM)).isEmpty();
        assertThat(api.tasks("aziza", id, "Follow up with the embassy")).as("the reminder closed").isEmpty();

        // Sent again: the same answer, nothing recorded twice.
        ResponseEntity<String> again = api.post("berlin", path, body);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.read(again)).isEqualTo(first);
        assertThat(confirmations.findByDelegationIdOrderByConfirmedAt(id)).hasSize(1);
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("FUNDING");

        ResponseEntity<String> otherReference = api.post("aziza", path, confirmation("GIZ-UZ-2026-015",
                "Bürgeramt Berlin-Mitte"));
        assertThat(otherReference.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        // In Aziza's language, Uzbek.
        assertThat(api.read(otherReference).get("detail").asText())
                .contains("aziza GIZ-UZ-2026-014 raqami bilan allaqachon tasdiqlagan");
        ResponseEntity<String> otherArrangements = api.post("aziza", path, confirmation("GIZ-UZ-2026-014",
                "Rathaus Charlottenburg"));
        assertThat(otherArrangements.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(otherArrangements).get("detail").asText()).contains("boshqa qabul shartlari bilan");
        assertThat(confirmations.findByDelegationIdOrderByConfirmedAt(id)).hasSize(1);
    }

    @Test
    void theHostDeclinesAndNoConfirmationIsTakenOutsideEmbassyCoordination() {
        long id = approvedDelegation("GIZ study trip — district centres", "Oybek Sobirov", "Barno Ahmedova");
        String task = api.onlyTask("berlin", id, CONFIRM).get("id").asText();

        ResponseEntity<String> noReason = api.submit("berlin", task, Map.of("answer", "HOST_DECLINED"));
        assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noReason.getBody()).contains("(declineReason) is required");
        api.submitOk("berlin", task, Map.of("answer", "HOST_DECLINED",
                "declineReason", "The Bürgeramt cannot receive visitors during its relocation"));

        JsonNode declined = api.delegation("aziza", id);
        assertThat(declined.get("stage").asText()).isEqualTo("DECLINED");
        assertThat(declined.get("openTasks")).isEmpty();
        EmbassyRequest answered = requests.findFirstByDelegationIdOrderByRoundDesc(id).orElseThrow();
        assertThat(answered.getAnswer()).isEqualTo(EmbassyAnswer.HOST_DECLINED);
        assertThat(answered.getDeclineReason()).contains("relocation");

        ResponseEntity<String> afterDecline = api.post("aziza", confirmationPath(id),
                confirmation("GIZ-UZ-2026-020", "Bürgeramt Berlin-Mitte"));
        assertThat(afterDecline.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(afterDecline).get("detail").asText())
                .isEqualTo("Delegatsiya " + id + " elchixona bilan kelishish bosqichida emas:"
                        + " u hozir “Qabul qiluvchi tomon rad etgan” bosqichida");

        long inVetting = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "GIZ study trip — front office", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(api.programmeId(GERMANY), api.staffIds("Dilnoza Hamidova", "Nilufar Mamatova"))))
                .get("id").asLong();
        ResponseEntity<String> tooEarly = api.post("aziza", confirmationPath(inVetting),
                confirmation("GIZ-UZ-2026-021", "Bürgeramt Berlin-Mitte"));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.read(tooEarly).get("title").asText()).isEqualTo("Delegatsiya bu tasdiqni kutmayapti");
        assertThat(api.read(tooEarly).get("detail").asText()).contains("“Tekshiruv va tasdiqlash” bosqichida");
        assertThat(confirmations.findByDelegationIdOrderByConfirmedAt(inVetting)).isEmpty();
    }

    /**
     * Opened by aziza, cleared by gulnoza and approved by bakhtiyor alone: a GIZ study trip of
     * middle-grade staff costs our budget nothing, so no agency director approves it.
     */
    private long approvedDelegation(String title, String... members) {
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, api.programmeId(GERMANY), api.staffIds(members)))).get("id").asLong();
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("VETTING");
        for (JsonNode clearance : api.tasks("gulnoza", id, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        assertThat(api.tasks("otabek", id, "Approve delegation")).isEmpty();
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("EMBASSY");
        return id;
    }

    /** Moves the engine's clock and runs the embassy stage's timers then due: the job executor is off in tests. */
    private void runDueTimers(long delegationId, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        String stage = runtime.createProcessInstanceQuery().processDefinitionKey(EmbassyVariables.PROCESS_KEY)
                .processInstanceBusinessKey(BusinessKeys.of(delegationId)).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(stage).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private static String confirmationPath(long delegationId) {
        return "/api/delegations/" + delegationId + "/embassy-confirmation";
    }

    private static String confirmation(String reference, String venue) {
        return """
                {"reference": "%s", "hostContact": "Dr. Anke Vogel, GIZ project lead", "venue": "%s",
                 "agenda": "Day 1: online services; day 2: queue management; day 3: staff training",
                 "accommodation": "Hotel Albrechtshof, Albrechtstraße 8", "airportPickup": true,
                 "visaSupportLetterIssued": true}""".formatted(reference, venue);
    }
}
