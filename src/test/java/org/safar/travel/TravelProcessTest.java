package org.safar.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safar.ProcessTestEngine;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.MemberTasks;

/**
 * {@code travel.bpmn} with its services and listeners mocked; the engine clock moves to departure,
 * through the months abroad and to the return, and the due timers run.
 */
@Deployment(resources = "processes/travel.bpmn")
class TravelProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final long JASUR = 11L;
    /** A member without a Safar account: the officers check in for him. */
    private static final long SHERZOD = 12L;
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant DEPARTURE = Instant.parse("2026-08-01T00:00:00Z");

    ProcessEngine engine;

    private final TravelSchedule schedule = mock(TravelSchedule.class);
    private final TravelService travelService = mock(TravelService.class);
    private final MemberTasks memberTasks = mock(MemberTasks.class);
    private final List<String> ticketEvents = new ArrayList<>();
    private final List<Long> ticketsRecorded = new ArrayList<>();
    private final List<Long> checkInsRecorded = new ArrayList<>();
    private boolean longInternship;
    private Instant returnDay;

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(schedule.departure(DELEGATION_ID)).thenReturn(Date.from(DEPARTURE));
        when(schedule.returnDate(DELEGATION_ID)).thenAnswer(call -> Date.from(returnDay));
        when(travelService.internIds(DELEGATION_ID)).thenAnswer(call -> new ArrayList<>(List.of(JASUR, SHERZOD)));
        when(travelService.travellerIds(DELEGATION_ID)).thenAnswer(call -> new ArrayList<>(List.of(JASUR, SHERZOD)));
        when(memberTasks.assignee(DELEGATION_ID, JASUR)).thenReturn("jasur");
        when(memberTasks.candidateGroups(DELEGATION_ID, JASUR)).thenReturn(List.of());
        when(memberTasks.candidateGroups(DELEGATION_ID, SHERZOD)).thenReturn(List.of("officers"));
        Mocks.register("travelSchedule", schedule);
        Mocks.register("travelService", travelService);
        Mocks.register("memberTasks", memberTasks);
        Mocks.register("recordTicketAndVisaTask", (TaskListener) task -> {
            ticketEvents.add(task.getEventName());
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                ticketsRecorded.add((Long) task.getVariable(DelegationVariables.MEMBER_ID));
            }
        });
        Mocks.register("monthlyCheckInTask", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                checkInsRecorded.add((Long) task.getVariable(DelegationVariables.MEMBER_ID));
            }
        });
        Mocks.register("planCheckInsDelegate",
                (JavaDelegate) execution -> execution.setVariable(TravelVariables.MONTHLY_CHECK_INS, longInternship));
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** As the delegation's call activity starts it. */
    private ProcessInstance startTravel(boolean longInternship, Duration abroad) {
        this.longInternship = longInternship;
        this.returnDay = DEPARTURE.plus(abroad);
        return runtimeService().startProcessInstanceByKey(TravelVariables.PROCESS_KEY, String.valueOf(DELEGATION_ID),
                withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, "aziza"));
    }

    private ProcessInstance startAndRecordTickets(boolean longInternship, Duration abroad) {
        ProcessInstance travel = startTravel(longInternship, abroad);
        ticketTasks(travel).forEach(t -> formService().submitTaskForm(t.getId(), Map.of()));
        return travel;
    }

    private static List<Task> ticketTasks(ProcessInstance travel) {
        return taskQuery().processInstanceId(travel.getId()).taskDefinitionKey("UserTask_RecordTicketAndVisa")
                .orderByTaskId().asc().list();
    }

    /** Moves the engine clock and runs every job that is due by then, oldest first, as the job executor would. */
    private static void runJobsDueAt(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        List<Job> due;
        while (!(due = managementService().createJobQuery().executable().orderByJobDuedate().asc().list()).isEmpty()) {
            managementService().executeJob(due.get(0).getId());
        }
    }

    private static Instant daysAfterDeparture(int days) {
        return DEPARTURE.plus(Duration.ofDays(days));
    }

    private static List<Task> checkIns(ProcessInstance travel) {
        return taskQuery().processInstanceId(travel.getId()).taskDefinitionKey("UserTask_MonthlyCheckIn")
                .orderByTaskId().asc().list();
    }

    private static Task checkInOf(ProcessInstance travel, long memberId) {
        return checkIns(travel).stream()
                .filter(t -> taskService().getVariable(t.getId(), DelegationVariables.MEMBER_ID).equals(memberId))
                .findFirst().orElseThrow();
    }

    private static long checkInsCreated(ProcessInstance travel) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(travel.getId())
                .taskDefinitionKey("UserTask_MonthlyCheckIn").count();
    }

    @Test
    void theOfficerRecordsEachMembersTicketAndVisaDueByDepartureBeforeTheDelegationDeparts() {
        ProcessInstance travel = startTravel(false, Duration.ofDays(9));

        assertThat(travel).isWaitingAt("UserTask_RecordTicketAndVisa");
        List<Task> tasks = ticketTasks(travel);
        assertThat(tasks).hasSize(2).extracting(t -> taskService().getVariable(t.getId(), DelegationVariables.MEMBER_ID))
                .containsExactlyInAnyOrder(JASUR, SHERZOD);
        tasks.forEach(t -> {
            assertThat(t).hasName("Record ticket and visa").isAssignedTo("aziza").hasDueDate(Date.from(DEPARTURE));
            assertThat(taskQuery().taskId(t.getId()).initializeFormKeys().singleResult().getCamundaFormRef()
                    .getKey()).isEqualTo("recordTicketAndVisa");
        });
        assertThat(ticketEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_CREATE);

        formService().submitTaskForm(tasks.get(0).getId(), Map.of());
        assertThat(travel).isWaitingAt("UserTask_RecordTicketAndVisa");
        assertThat(managementService().createJobQuery().processInstanceId(travel.getId()).count()).isZero();

        formService().submitTaskForm(tasks.get(1).getId(), Map.of());
        assertThat(ticketsRecorded).containsExactlyInAnyOrder(JASUR, SHERZOD);
        assertThat(travel).isWaitingAt("IntermediateCatchEvent_Departure");
        assertThat(managementService().createJobQuery().processInstanceId(travel.getId()).singleResult().getDuedate())
                .isEqualTo(Date.from(DEPARTURE));
    }

    @Test
    void aWithdrawnMembersTicketTaskClosesAndTheOthersStillDepart() {
        ProcessInstance travel = startTravel(false, Duration.ofDays(9));

        // As WithdrawnMemberTasks does for Sherzod: his open task is completed without a form.
        ticketTasks(travel).stream()
                .filter(t -> taskService().getVariable(t.getId(), DelegationVariables.MEMBER_ID).equals(SHERZOD))
                .forEach(t -> taskService().complete(t.getId()));
        assertThat(ticketTasks(travel)).singleElement()
                .satisfies(t -> assertThat(taskService().getVariable(t.getId(), DelegationVariables.MEMBER_ID))
                        .isEqualTo(JASUR));

        formService().submitTaskForm(ticketTasks(travel).get(0).getId(), Map.of());
        assertThat(travel).isWaitingAt("IntermediateCatchEvent_Departure");
    }

    @Test
    void aStudyTripWaitsForDepartureAndReturnWithoutCheckIns() {
        ProcessInstance travel = startAndRecordTickets(false, Duration.ofDays(9));

        runJobsDueAt(DEPARTURE.minus(Duration.ofMinutes(1)));
        assertThat(travel).isWaitingAt("IntermediateCatchEvent_Departure");

        runJobsDueAt(DEPARTURE);
        assertThat(travel).hasPassed("IntermediateCatchEvent_Departure", "ServiceTask_PlanCheckIns")
                .isWaitingAt("IntermediateCatchEvent_Return");
        assertThat(managementService().createJobQuery().processInstanceId(travel.getId()).singleResult().getDuedate())
                .isEqualTo(Date.from(daysAfterDeparture(9)));

        runJobsDueAt(daysAfterDeparture(9));
        assertThat(travel).isEnded().hasPassed("EndEvent_DelegationReturned").hasNotPassed("SubProcess_Internship");
        assertThat(checkInsCreated(travel)).isZero();
    }

    @Test
    void internsCheckInEvery30DaysFromDepartureUntilTheirReturn() {
        ProcessInstance travel = startAndRecordTickets(true, Duration.ofDays(119));

        runJobsDueAt(DEPARTURE);
        assertThat(travel).isWaitingAt("IntermediateCatchEvent_InternsReturn");
        assertThat(checkIns(travel)).isEmpty();

        runJobsDueAt(daysAfterDeparture(29));
        assertThat(checkIns(travel)).isEmpty();

        runJobsDueAt(daysAfterDeparture(30));
        assertThat(checkIns(travel)).hasSize(2);
        assertThat(checkInOf(travel, JASUR)).hasName("Monthly check-in").isAssignedTo("jasur")
                .hasDueDate(Date.from(daysAfterDeparture(37)));
        assertThat(checkInOf(travel, SHERZOD)).isNotAssigned().hasCandidateGroup("officers");
        checkIns(travel).forEach(t -> formService().submitTaskForm(t.getId(), Map.of()));
        assertThat(checkInsRecorded).containsExactlyInAnyOrder(JASUR, SHERZOD);

        runJobsDueAt(daysAfterDeparture(60));
        assertThat(checkIns(travel)).hasSize(2);
        formService().submitTaskForm(checkInOf(travel, JASUR).getId(), Map.of());

        // Sherzod's second check-in is still open when the third round starts.
        runJobsDueAt(daysAfterDeparture(90));
        assertThat(checkIns(travel)).hasSize(3);
        assertThat(checkInsCreated(travel)).isEqualTo(6);
        assertThat(travel).isWaitingAt("IntermediateCatchEvent_InternsReturn");

        runJobsDueAt(daysAfterDeparture(119));
        assertThat(travel).isEnded().hasPassed("EndEvent_InternsReturned", "EndEvent_DelegationReturned")
                .hasNotPassed("IntermediateCatchEvent_Return");
        assertThat(checkInsCreated(travel)).isEqualTo(6);
        assertThat(checkInsRecorded).hasSize(3);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(travel.getId())
                .taskDefinitionKey("UserTask_MonthlyCheckIn").finished().count()).isEqualTo(6);
        assertThat(managementService().createJobQuery().processInstanceId(travel.getId()).count()).isZero();
    }
}
