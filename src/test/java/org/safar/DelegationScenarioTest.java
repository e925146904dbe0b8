package org.safar;
import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.delegation.TaskHeadlines;
import org.safar.tasklist.FormContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Delegations carried through their lifecycle by the demo users of every group, entering through the
 * domain API and through the engine REST API the way Tasklist does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DelegationScenarioTest {

    private static final String[] JAPAN_GROUP = {"Dilshod Ergashev", "Nodira Saidova", "Farrukh Nazarov",
        "Gulnora Abdullaeva", "Rustam Mirzaev", "Shahnoza Khodjaeva", "Ulugbek Kadyrov", "Zarina Rashidova",
        "Anvar Juraev"};

    /** The forms that start a process: they have no task whose context to show. */
    private static final List<String> START_FORMS = List.of("openDelegation", "requestDelegationChange");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    List<FormContext> formContexts;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskHeadlines headlines;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    SafarApi api() {
        return new SafarApi(rest, jobs());
    }

    @Test
    void everyTaskFormHasOneContextAndEveryContextAForm() throws IOException {
        List<String> taskForms;
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            taskForms = forms.map(form -> form.getFileName().toString().replace(".form", ""))
                    .filter(form -> !START_FORMS.contains(form)).toList();
        }
        assertThat(formContexts).extracting(FormContext::form).containsExactlyInAnyOrderElementsOf(taskForms);
    }

    @Test
    void japanShortCourseRunsFromNominationToTheSixMonthFollowUp() {
        SafarApi api = api();
        long japan = api.programmeId("Advanced training in public administration");
        List<Long> members = new ArrayList<>(api.staffIds(JAPAN_GROUP));
        members.add(api.staffId("Laziz Hakimov"));

        JsonNode opened = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Japan short course — senior officials", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(japan, members)));
        long id = opened.get("id").asLong();
        assertThat(opened.get("stage").asText()).isEqualTo("NOMINATION");
        assertThat(opened.get("nominatedBy").asText()).isEqualTo("aziza");
        assertThat(memberProblems(opened, "Laziz Hakimov")).containsExactly(
                "English is required at level B1; the nominee's level is A2");
        assertThat(opened.get("openTasks")).hasSize(1);
        assertThat(opened.get("openTasks").get(0).get("name").asText()).isEqualTo("Nominate members");
        assertThat(opened.get("openTasks").get(0).get("assignee").asText()).isEqualTo("aziza");

        // The officer sees why Laziz Hakimov is not eligible and replaces him with Kamola Ismoilova.
        JsonNode nominate = api.onlyTask("aziza", id, "Nominate members");
        Map<String, JsonNode> form = api.formVariables("aziza", nominate.get("id").asText());
        assertThat(form.get("memberProblems").toString()).contains("Laziz Hakimov", "English is required at level B1");
        assertThat(form.get("programmeOptions").findValuesAsText("value")).contains(String.valueOf(japan));
        assertThat(form.get("staffOptions").size()).isGreaterThanOrEqualTo(40);
        assertThat(form.get("chosenProgramme").asText()).isEqualTo(String.valueOf(japan));
        assertThat(form.get("chosenMembers")).hasSize(10);
        // The context is worked out as the form loads and never stored: the task holds nothing until the officer
        // submits. A value the task does hold is what the form shows; a form asking for some gets only those.
        String nominateId = nominate.get("id").asText();
        assertThat(taskService.getVariablesLocal(nominateId)).isEmpty();
        // No user may write a task's variables (EngineSurfacePlugin); Safar itself may.
        taskService.setVariableLocal(nominateId, "chosenProgramme", String.valueOf(japan));
        Map<String, JsonNode> some = api.formVariables("aziza", nominateId, "chosenProgramme", "memberProblems");
        assertThat(some).containsOnlyKeys("chosenProgramme", "memberProblems");
        assertThat(some.get("chosenProgramme").asText()).isEqualTo(String.valueOf(japan));
        List<String> revised = new ArrayList<>(api.staffIds(JAPAN_GROUP).stream().map(String::valueOf).toList());
        revised.add(String.valueOf(api.staffId("Kamola Ismoilova")));
        api.submitOk("aziza", nominate.get("id").asText(), Map.of("chosenProgramme", String.valueOf(japan),
                "chosenMembers", revised, "nominationDecision", "SUBMIT"));
        // What a form submits stays on its task and ends with it, never on the process instance.
        String nomination = nominate.get("processInstanceId").asText();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(nomination)
                .variableNameIn("nominationDecision", "chosenProgramme", "chosenMembers").list())
                .hasSize(3).allMatch(v -> nominateId.equals(v.getTaskId()));

        JsonNode vetting = api.delegation("aziza", id);
        assertThat(vetting.get("stage").asText()).isEqualTo("VETTING");
        assertThat(vetting.get("members")).hasSize(10).allMatch(m -> m.get("eligible").asBoolean());

        // Personnel vetting: one task per member, named after them, showing their file.
        List<JsonNode> clearances = api.tasks("gulnoza", id, "Clear ");
        assertThat(clearances).hasSize(10);
        assertThat(clearances).extracting(t -> t.get("name").asText()).contains("Clear Kamola Ismoilova");
        assertThat(clearances).allMatch(t -> !t.get("due").isNull());
        JsonNode kamola = clearances.stream().filter(t -> t.get("name").asText().equals("Clear Kamola Ismoilova"))
                .findFirst().orElseThrow();
        Map<String, JsonNode> file = api.formVariables("gulnoza", kamola.get("id").asText());
        assertThat(file.get("member").get("position").asText()).isEqualTo("Head of the training centre");
        assertThat(file.get("delegation").get("hostCountry").asText()).isEqualTo("JP");
        clearAll(api, id);

        // Senior members: the department head, then an agency director. The director rejects.
        JsonNode approval = api.onlyTask("bakhtiyor", id, "Approve delegation");
        Map<String, JsonNode> context = api.formVariables("bakhtiyor", approval.get("id").asText());
        assertThat(context.get("routingReasons").asText()).contains("department head");
        assertThat(context.get("members")).hasSize(10);
        assertThat(api.tasks("otabek", id, "Approve delegation")).isEmpty();
        api.submitOk("bakhtiyor", approval.get("id").asText(), Map.of("approval", "APPROVE"));

        JsonNode directors = api.onlyTask("otabek", id, "Approve delegation");
        assertThat(api.formVariables("otabek", directors.get("id").asText()).get("routingReasons").asText())
                .contains("senior grade");
        ResponseEntity<String> noReason = api.submit("otabek", directors.get("id").asText(),
                Map.of("approval", "REJECT"));
        assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noReason.getBody()).contains("(approvalReason) is required");
        api.submitOk("otabek", directors.get("id").asText(),
                Map.of("approval", "REJECT", "approvalReason", "Two deputy ministers may not be abroad at once"));

        // Back to the officer with the reason; she submits again and vetting starts afresh.
        JsonNode returned = api.delegation("aziza", id);
        assertThat(returned.get("stage").asText()).isEqualTo("NOMINATION");
        assertThat(returned.get("returnReason").asText())
                .isEqualTo("Rejected by otabek (agency-directors): Two deputy ministers may not be abroad at once");
        JsonNode revise = api.onlyTask("aziza", id, "Nominate members");
        assertThat(api.formVariables("aziza", revise.get("id").asText()).get("whyReturned").asText())
                .contains("Two deputy ministers");
        // On the form, in the reader's language and by name: who rejected it, for which group.
        assertThat(api.formVariablesIn("ru", "aziza", revise.get("id").asText()).get("whyReturned").asText())
                .startsWith("Otabek Khasanov (").doesNotContain("agency-directors")
                .endsWith(") отклонил(а) делегацию: Two deputy ministers may not be abroad at once");
        api.submitOk("aziza", revise.get("id").asText(), Map.of("chosenProgramme", String.valueOf(japan),
                "chosenMembers", revised, "nominationDecision", "SUBMIT"));
        assertThat(api.delegation("aziza", id).get("members"))
                .allMatch(m -> m.get("clearance").asText().equals("PENDING"));

        clearAll(api, id);
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        api.submitOk("otabek", api.onlyTask("otabek", id, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));

        JsonNode approved = api.delegation("aziza", id);
        assertThat(approved.get("stage").asText()).isEqualTo("EMBASSY");
        assertThat(approved.get("approvals")).hasSize(4);
        assertThat(approved.get("members")).allMatch(m -> m.get("clearance").asText().equals("CLEARED"));

        // Embassy coordination: the liaison in Tokyo confirms; the one in Seoul sees nothing of it.
        assertThat(api.tasks("seoul", id, "")).isEmpty();
        api.submitOk("tokyo", api.onlyTask("tokyo", id, "Confirm host arrangements").get("id").asText(),
                Map.of("answer", "CONFIRMED", "hostContact", "Ms Sato Yuki, JICA Tokyo Centre, +81 3 3485 7051",
                        "venue", "JICA Tokyo Centre, Hatagaya, Shibuya-ku",
                        "agenda", "Personnel policy, civil-service ethics, visits to two ministries",
                        "accommodation", "JICA Tokyo Centre residence", "airportPickup", "true",
                        "visaSupportLetterIssued", "true"));

        // Funding: JICA pays airfare and lodging; our budget pays the allowance, reserved on next year's line.
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("FUNDING");
        api.submitOk("madina", api.onlyTask("madina", id, "Approve funding").get("id").asText(),
                Map.of("fundingDecision", "APPROVE"));

        // Travel: the officer records tickets and visas; the engine waits for departure and return.
        JsonNode travel = api.delegation("aziza", id);
        assertThat(travel.get("stage").asText()).isEqualTo("TRAVEL");
        LocalDate departure = LocalDate.parse(travel.get("programme").get("startDate").asText());
        LocalDate returnDay = LocalDate.parse(travel.get("programme").get("endDate").asText());
        List<JsonNode> records = api.tasks("aziza", id, "Record ticket and visa");
        assertThat(records).hasSize(10);
        int seat = 10;
        for (JsonNode record : records) {
            api.submitOk("aziza", record.get("id").asText(), Map.of(
                    "flight", "HY 527 Tashkent–Tokyo, " + departure, "ticketNumber", "250-46100000" + seat,
                    "visa", "ISSUED", "visaNumber", "JPN-V-77" + seat++));
        }
        jobs().runDueAt(id, departure);
        jobs().runDueAt(id, returnDay);

        // Debriefing: the officers file the reports of members without an account; the head reviews them.
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("DEBRIEFING");
        List<JsonNode> reports = api.tasks("aziza", id, "Submit trip report");
        assertThat(reports).hasSize(10);
        for (JsonNode report : reports) {
            api.submitOk("aziza", report.get("id").asText(), Map.of(
                    "learned", "How the National Personnel Authority runs merit-based promotion.",
                    "practice1Title", "Open competition for middle management",
                    "practice1Description", "Posts above grade 5 are filled by open, written competition.",
                    "practice1WhereItApplies", "Agency HR policy",
                    "actionPlan", "Propose a pilot competition for heads of department."));
        }
        for (JsonNode review : api.tasks("bakhtiyor", id, "Review trip report")) {
            api.submitOk("bakhtiyor", review.get("id").asText(), Map.of("reviewDecision", "ACCEPT"));
        }
        List<JsonNode> settles = api.tasks("madina", id, "Settle advance");
        assertThat(settles).hasSize(10);
        for (JsonNode settle : settles) {
            assertThat(api.formVariables("madina", settle.get("id").asText()).get("advance").get("advanceUsd")
                    .asDouble()).isPositive();
            api.submitOk("madina", settle.get("id").asText(), Map.of("actualExpensesUsd", 3000));
        }
        assertThat(api.ok(api.get("tokyo", "/api/good-practices?q=open+competition&country=JP"))
                .findValuesAsText("title")).contains("Open competition for middle management");

        // Six months after the return the department head follows up every action plan.
        jobs().runDueAt(id, returnDay.plusMonths(6));
        List<JsonNode> outcomes = api.tasks("bakhtiyor", id, "Record action plan outcome");
        assertThat(outcomes).hasSize(10);
        for (JsonNode outcome : outcomes) {
            api.submitOk("bakhtiyor", outcome.get("id").asText(), Map.of("actionPlanOutcome", "CARRIED_OUT_PARTLY",
                    "outcomeComment", "Pilot competition held in one department."));
        }

        JsonNode completed = api.delegation("aziza", id);
        assertThat(completed.get("stage").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("openTasks")).isEmpty();
        assertThat(completed.get("closedAt").isNull()).isFalse();
        assertThat(api.ok(api.get("aziza", "/api/delegations?stage=COMPLETED&hostCountry=JP")).findValuesAsText("title"))
                .contains("Japan short course — senior officials");

        // Every task the lifecycle made, in every stage, named the delegation's reference and title in Tasklist.
        String reference = opened.get("reference").asText();
        List<String> everyTask = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list()
                .stream().map(HistoricTaskInstance::getId).toList();
        assertThat(everyTask).hasSizeGreaterThan(40);
        assertThat(headlines.of(everyTask, Locale.ENGLISH)).containsOnlyKeys(everyTask).allSatisfy((task, headline) ->
                assertThat(headline).startsWith(reference + " · Japan short course — senior officials · Japan · "));
    }

    @Test
    void officerOpensADelegationFromTasklistPicksFromListsAndWithdrawsIt() {
        SafarApi api = api();
        JsonNode started = api.startFromTasklist("aziza", "GIZ study trip — PSC leads");
        String businessKey = started.get("businessKey").asText();
        assertThat(businessKey).matches("SAF-\\d{4}-\\d{4,}");
        long id = (Long) runtime.getVariable(started.get("id").asText(), "delegationId");

        JsonNode draft = api.delegation("aziza", id);
        assertThat(draft.get("title").asText()).isEqualTo("GIZ study trip — PSC leads");
        assertThat(draft.get("programme").isNull()).isTrue();
        assertThat(draft.get("problems").get(0).asText()).isEqualTo("Choose the programme the delegation goes to.");

        JsonNode task = api.onlyTask("aziza", id, "Nominate members");
        Map<String, JsonNode> form = api.formVariables("aziza", task.get("id").asText());
        assertThat(form.get("programmeOptions").findValuesAsText("label"))
                .anyMatch(label -> label.startsWith("Study trip: citizen service centres in Germany"));
        assertThat(form.get("groupProblems").asText()).contains("Choose the programme");

        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        List<String> leads = api.staffIds("Jasur Tursunov", "Malika Yusupova").stream().map(String::valueOf).toList();
        api.submitOk("aziza", task.get("id").asText(), Map.of("chosenProgramme", String.valueOf(germany),
                "chosenMembers", leads, "nominationDecision", "SUBMIT"));
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("VETTING");
        assertThat(api.tasks("gulnoza", id, "Clear ")).hasSize(2);

        // Jasur is not cleared: the delegation comes back to the officer, who withdraws it.
        for (JsonNode clearance : api.tasks("gulnoza", id, "Clear ")) {
            boolean jasur = clearance.get("name").asText().contains("Jasur");
            api.submitOk("gulnoza", clearance.get("id").asText(), jasur
                    ? Map.of("clearance", "REFUSED", "clearanceNote", "Disciplinary proceedings pending")
                    : Map.of("clearance", "CLEARED"));
        }
        JsonNode back = api.delegation("aziza", id);
        assertThat(back.get("stage").asText()).isEqualTo("NOMINATION");
        assertThat(back.get("returnReason").asText())
                .isEqualTo("Jasur Tursunov was not cleared: Disciplinary proceedings pending");

        JsonNode revise = api.onlyTask("aziza", id, "Nominate members");
        ResponseEntity<String> noReason = api.submit("aziza", revise.get("id").asText(),
                Map.of("nominationDecision", "WITHDRAW"));
        assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
        api.submitOk("aziza", revise.get("id").asText(),
                Map.of("nominationDecision", "WITHDRAW", "withdrawalReason", "The host postponed the programme"));

        JsonNode withdrawn = api.delegation("aziza", id);
        assertThat(withdrawn.get("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("closingReason").asText()).isEqualTo("The host postponed the programme");
        assertThat(withdrawn.get("closedAt").isNull()).isFalse();
        assertThat(withdrawn.get("openTasks")).isEmpty();
    }

    @Test
    void nobodyApprovesOrClearsADelegationTheyNominatedOrBelongTo() {
        SafarApi api = api();
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        // The department head travels himself: he may not approve his own delegation.
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Study trip with the department head", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api.staffIds("Bakhtiyor Rakhimov", "Sherzod Mahmudov")))).get("id").asLong();

        identity.createMembership("aziza", "hr-vetting");
        try {
            String clearance = api.tasks("gulnoza", id, "Clear ").get(0).get("id").asText();
            ResponseEntity<String> byNominator = api.submit("aziza", clearance, Map.of("clearance", "CLEARED"));
            assertThat(byNominator.getStatusCode().is2xxSuccessful()).isFalse();
            assertThat(byNominator.getBody()).contains("aziza", api.delegation("aziza", id).get("reference").asText());
            ResponseEntity<String> claim = api.post("aziza", "/engine-rest/task/" + clearance + "/claim",
                    "{\"userId\": \"aziza\"}");
            assertThat(claim.getStatusCode().is2xxSuccessful()).isFalse();
        } finally {
            identity.deleteMembership("aziza", "hr-vetting");
        }
        clearAll(api, id);

        String approval = api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText();
        ResponseEntity<String> byMember = api.submit("bakhtiyor", approval, Map.of("approval", "APPROVE"));
        assertThat(byMember.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(byMember.getBody()).contains("bakhtiyor", api.delegation("aziza", id).get("reference").asText());
        assertThat(api.delegation("aziza", id).get("approvals")).isEmpty();
        assertThat(api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText()).isEqualTo(approval);
    }

    @Test
    void anonymousCallersGetNothing() {
        SafarApi api = api();
        assertThat(api.get(null, "/api/delegations").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A user of its own: after a wrong password the engine makes that user wait before the next try.
        if (identity.createUserQuery().userId("guessed").count() == 0) {
            var user = identity.newUser("guessed");
            user.setPassword("the-right-one");
            identity.saveUser(user);
        }
        ResponseEntity<String> wrongPassword = new SafarApi(rest.withBasicAuth("guessed", "wrong"))
                .get(null, "/api/programmes");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getBody()).doesNotContain("title\":\"Advanced");
    }

    private static void clearAll(SafarApi api, long id) {
        for (JsonNode task : api.tasks("gulnoza", id, "Clear ")) {
            api.submitOk("gulnoza", task.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
    }

    private static List<String> memberProblems(JsonNode delegation, String fullName) {
        for (JsonNode member : delegation.get("members")) {
            if (member.get("fullName").asText().equals(fullName)) {
                return toList(member.get("eligibilityProblems"));
            }
        }
        throw new AssertionError(fullName + " is not a member");
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private DelegationJobs jobs() {
        return new DelegationJobs(runtime, management);
    }
}
