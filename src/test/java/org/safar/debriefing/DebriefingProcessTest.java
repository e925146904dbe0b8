package org.safar.debriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.safar.debriefing.DebriefingVariables.ACCEPT;
import static org.safar.debriefing.DebriefingVariables.REVIEW_DECISION;
import static org.safar.debriefing.DebriefingVariables.REWORK;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
import org.safar.debriefing.internal.MarkReportOverdueDelegate;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.TaskOverdue;
import org.safar.delegation.MemberTasks;

/**
 * {@code debriefing.bpmn} with its services and task listeners mocked (the reminder's delegate is the
 * real one): trip reports with their reminders and review, the settlement of the advances, and the
 * follow-up six months after the return. The engine clock moves; due timers run.
 */
@Deployment(resources = "processes/debriefing.bpmn")
class DebriefingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final long JASUR = 11L;
    /** A participant without a Safar account: the officers write his report down. */
    private static final long SHERZOD = 12L;
    private static final Instant RETURN = Instant.parse("2026-08-10T00:00:00Z");
    private static final Instant FOLLOW_UP = Instant.parse("2027-02-10T00:00:00Z");

    ProcessEngine engine;

    private final DebriefingService debriefingService = mock(DebriefingService.class);
    private final MemberTasks memberTasks = mock(MemberTasks.class);
    private final AdvanceSettlementService advanceSettlementService = mock(AdvanceSettlementService.class);
    private final DebriefingSchedule schedule = mock(DebriefingSchedule.class);
    /** Members withdrawn from the delegation: their listeners report them so, as the real ones do. */
    private final Set<Long> withdrawn = new HashSet<>();
    private final List<Long> outcomesRecorded = new ArrayList<>();
    private final List<Long> missingReportsNoted = new ArrayList<>();
    private final List<Long> settlements = new ArrayList<>();
    /** What the reminder published, for the participant to be told. */
    private final List<Object> overdueTasks = new ArrayList<>();

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(RETURN));
        when(debriefingService.participantIds(DELEGATION_ID)).thenAnswer(call -> new ArrayList<>(List.of(JASUR, SHERZOD)));
        when(debriefingService.followUpIds(DELEGATION_ID)).thenAnswer(call -> new ArrayList<>(List.of(JASUR, SHERZOD)));
        when(advanceSettlementService.memberIds(DELEGATION_ID)).thenAnswer(call -> new ArrayList<>(List.of(JASUR, SHERZOD)));
        when(memberTasks.assignee(DELEGATION_ID, JASUR)).thenReturn("jasur");
        when(memberTasks.candidateGroups(DELEGATION_ID, JASUR)).thenReturn(List.of());
        when(memberTasks.candidateGroups(DELEGATION_ID, SHERZOD)).thenReturn(List.of("officers"));
        when(schedule.followUp(DELEGATION_ID)).thenReturn(Date.from(FOLLOW_UP));
        Mocks.register("debriefingService", debriefingService);
        Mocks.register("memberTasks", memberTasks);
        Mocks.register("advanceSettlementService", advanceSettlementService);
        Mocks.register("debriefingSchedule", schedule);
        Mocks.register("markReportOverdueDelegate",
                new MarkReportOverdueDelegate(debriefingService, taskSubjects(), overdueTasks::add));
        Mocks.register("submitTripReportTask", onComplete(task -> task.getExecution().setVariable(
                DebriefingVariables.REPORT_STATUS, withdrawn.contains(memberOf(task))
                        ? DebriefingVariables.STATUS_WITHDRAWN : DebriefingVariables.STATUS_SUBMITTED)));
        Mocks.register("reviewTripReportTask", reviewTask());
        Mocks.register("tripReportMissingTask", onComplete(task -> missingReportsNoted.add(memberOf(task))));
        Mocks.register("settleAdvanceTask", onComplete(task -> settlements.add(memberOf(task))));
        Mocks.register("recordActionPlanOutcomeTask", onComplete(task -> outcomesRecorded.add(memberOf(task))));
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** What Safar recorded when each task was created, here read off its execution (there is no Safar table). */
    private static TaskSubjects taskSubjects() {
        TaskSubjects subjects = mock(TaskSubjects.class);
        when(subjects.find(anyString())).thenAnswer(call -> Optional.of(new TaskSubject(DELEGATION_ID,
                (Long) taskService().getVariable(call.getArgument(0), DelegationVariables.MEMBER_ID))));
        return subjects;
    }

    private static TaskListener onComplete(TaskListener listener) {
        return task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                listener.notify(task);
            }
        };
    }

    /** Like ReviewTripReportTask: declares the decision on the task, and turns it into the report's status. */
    private TaskListener reviewTask() {
        return task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                task.setVariableLocal(REVIEW_DECISION, null);
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                String status = withdrawn.contains(memberOf(task)) ? DebriefingVariables.STATUS_WITHDRAWN
                        : ACCEPT.equals(task.getVariableLocal(REVIEW_DECISION)) ? DebriefingVariables.STATUS_ACCEPTED
                        : DebriefingVariables.STATUS_REWORK;
                task.getExecution().setVariable(DebriefingVariables.REPORT_STATUS, status);
            }
        };
    }

    private static Long memberOf(DelegateTask task) {
        return (Long) task.getVariable(DelegationVariables.MEMBER_ID);
    }

    private static Long memberOf(Task task) {
        return (Long) taskService().getVariable(task.getId(), DelegationVariables.MEMBER_ID);
    }

    /** As the delegation's call activity starts it, on the day the delegation returns. */
    private static ProcessInstance startDebriefing() {
        return runtimeService().startProcessInstanceByKey(DebriefingVariables.PROCESS_KEY,
                String.valueOf(DELEGATION_ID), withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, "aziza"));
    }

    /** Moves the engine clock and runs every job that is due by then, oldest first, as the job executor would. */
    private static void runJobsDueAt(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        List<Job> due;
        while (!(due = managementService().createJobQuery().executable().orderByJobDuedate().asc().list()).isEmpty()) {
            managementService().executeJob(due.get(0).getId());
        }
    }

    private static Instant daysAfterReturn(int days) {
        return RETURN.plus(Duration.ofDays(days));
    }

    private static List<Task> tasks(ProcessInstance debriefing, String taskDefinitionKey) {
        return taskQuery().processInstanceId(debriefing.getId()).taskDefinitionKey(taskDefinitionKey)
                .orderByTaskId().asc().list();
    }

    private static Task taskOf(ProcessInstance debriefing, String taskDefinitionKey, long memberId) {
        return tasks(debriefing, taskDefinitionKey).stream().filter(t -> memberOf(t).equals(memberId))
                .findFirst().orElseThrow(() -> new AssertionError("No " + taskDefinitionKey + " of " + memberId));
    }

    private static void submitReport(ProcessInstance debriefing, long memberId) {
        formService().submitTaskForm(taskOf(debriefing, "UserTask_SubmitTripReport", memberId).getId(), Map.of());
    }

    private static void review(ProcessInstance debriefing, long memberId, String decision) {
        formService().submitTaskForm(taskOf(debriefing, "UserTask_ReviewTripReport", memberId).getId(),
                Map.of(REVIEW_DECISION, decision));
    }

    private static void settleAdvances(ProcessInstance debriefing) {
        tasks(debriefing, "UserTask_SettleAdvance").forEach(t -> formService().submitTaskForm(t.getId(), Map.of()));
    }

    private static long created(ProcessInstance debriefing, String taskDefinitionKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(debriefing.getId())
                .taskDefinitionKey(taskDefinitionKey).count();
    }

    private static void reportAndAccept(ProcessInstance debriefing, long... memberIds) {
        for (long memberId : memberIds) {
            submitReport(debriefing, memberId);
            review(debriefing, memberId, ACCEPT);
        }
    }

    @Test
    void everyParticipantIsAskedForATripReportDueIn14DaysAndFinanceSettlesTheAdvances() {
        ProcessInstance debriefing = startDebriefing();

        assertThat(debriefing).isWaitingAt("UserTask_SubmitTripReport", "UserTask_SettleAdvance");
        assertThat(tasks(debriefing, "UserTask_SubmitTripReport")).hasSize(2);
        assertThat(taskOf(debriefing, "UserTask_SubmitTripReport", JASUR)).hasName("Submit trip report")
                .isAssignedTo("jasur").hasDueDate(Date.from(daysAfterReturn(14)));
        assertThat(taskOf(debriefing, "UserTask_SubmitTripReport", SHERZOD)).isNotAssigned()
                .hasCandidateGroup("officers");
        assertThat(taskQuery().taskId(taskOf(debriefing, "UserTask_SubmitTripReport", JASUR).getId())
                .initializeFormKeys().singleResult().getCamundaFormRef().getKey()).isEqualTo("submitTripReport");
        assertThat(tasks(debriefing, "UserTask_SettleAdvance")).hasSize(2).allSatisfy(t -> assertThat(t)
                .hasName("Settle advance").hasCandidateGroup("finance").isNotAssigned()
                .hasDueDate(Date.from(daysAfterReturn(14))));
        assertThat(taskOf(debriefing, "UserTask_SettleAdvance", SHERZOD)).isNotNull();
        assertThat(managementService().createJobQuery().processInstanceId(debriefing.getId()).list())
                .extracting(Job::getDuedate).containsExactlyInAnyOrder(Date.from(daysAfterReturn(14)),
                        Date.from(daysAfterReturn(14)), Date.from(daysAfterReturn(21)), Date.from(daysAfterReturn(21)));
    }

    @Test
    void aReportNotInByItsDueDateIsMarkedOverdueInTheParticipantsTasklist() {
        ProcessInstance debriefing = startDebriefing();
        runJobsDueAt(daysAfterReturn(10));
        submitReport(debriefing, JASUR);

        runJobsDueAt(daysAfterReturn(14).minus(Duration.ofMinutes(1)));
        assertThat(taskOf(debriefing, "UserTask_SubmitTripReport", SHERZOD)).hasName("Submit trip report");

        runJobsDueAt(daysAfterReturn(14));

        Task overdue = taskOf(debriefing, "UserTask_SubmitTripReport", SHERZOD);
        assertThat(overdue).hasName("Submit trip report (overdue)").hasCandidateGroup("officers");
        assertThat(overdue.getPriority()).isEqualTo(MarkReportOverdueDelegate.OVERDUE_PRIORITY);
        verify(debriefingService).markOverdue(DELEGATION_ID, SHERZOD);
        verify(debriefingService, never()).markOverdue(DELEGATION_ID, JASUR);
        assertThat(overdueTasks).containsExactly(new TaskOverdue(overdue.getId()));
        assertThat(debriefing).hasPassed("ServiceTask_RemindParticipant", "EndEvent_ParticipantReminded");
        assertThat(tasks(debriefing, "UserTask_TripReportMissing")).isEmpty();
    }

    @Test
    void theDepartmentHeadIsToldOfAReportStillMissingAfter21Days() {
        ProcessInstance debriefing = startDebriefing();
        submitReport(debriefing, JASUR);

        runJobsDueAt(daysAfterReturn(21).minus(Duration.ofMinutes(1)));
        assertThat(tasks(debriefing, "UserTask_TripReportMissing")).isEmpty();

        runJobsDueAt(daysAfterReturn(21));

        Task missing = taskOf(debriefing, "UserTask_TripReportMissing", SHERZOD);
        assertThat(missing).hasName("Trip report missing").hasCandidateGroup("dept-heads")
                .hasDueDate(Date.from(daysAfterReturn(24)));
        assertThat(tasks(debriefing, "UserTask_TripReportMissing")).hasSize(1);
        // The participant can still hand the report in; the department head's task stays until done.
        submitReport(debriefing, SHERZOD);
        assertThat(taskOf(debriefing, "UserTask_ReviewTripReport", SHERZOD)).hasCandidateGroup("dept-heads");
        formService().submitTaskForm(missing.getId(), Map.of());
        assertThat(missingReportsNoted).containsExactly(SHERZOD);
        assertThat(debriefing).hasPassed("EndEvent_DepartmentHeadInformed");
    }

    @Test
    void reworkGoesBackToTheParticipantWithFreshDueDateUntilTheReportIsAccepted() {
        ProcessInstance debriefing = startDebriefing();
        submitReport(debriefing, JASUR);
        submitReport(debriefing, SHERZOD);
        review(debriefing, SHERZOD, ACCEPT);

        runJobsDueAt(daysAfterReturn(5));
        review(debriefing, JASUR, REWORK);

        Task rework = taskOf(debriefing, "UserTask_SubmitTripReport", JASUR);
        assertThat(rework).isAssignedTo("jasur").hasDueDate(Date.from(daysAfterReturn(19)));
        assertThat(created(debriefing, "UserTask_SubmitTripReport")).isEqualTo(3);
        runJobsDueAt(daysAfterReturn(18));
        assertThat(taskOf(debriefing, "UserTask_SubmitTripReport", JASUR)).hasName("Submit trip report");

        submitReport(debriefing, JASUR);
        review(debriefing, JASUR, ACCEPT);

        assertThat(debriefing).isWaitingAt("IntermediateCatchEvent_SixMonthsAfterReturn", "UserTask_SettleAdvance");
        assertThat(created(debriefing, "UserTask_ReviewTripReport")).isEqualTo(3);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(debriefing.getId())
                .activityId("EndEvent_ReportAccepted").count()).isEqualTo(2);
    }

    @Test
    void aParticipantWithdrawnBeforeHandingInTheReportLeavesWithoutReviewOrFollowUp() {
        ProcessInstance debriefing = startDebriefing();
        runJobsDueAt(daysAfterReturn(21));
        assertThat(tasks(debriefing, "UserTask_TripReportMissing")).hasSize(2);

        // As WithdrawnMemberTasks does: every open task of the member is completed, in any order.
        withdrawn.add(SHERZOD);
        taskService().createTaskQuery().processInstanceId(debriefing.getId()).list().stream()
                .filter(t -> Long.valueOf(SHERZOD).equals(memberOf(t))).forEach(t -> taskService().complete(t.getId()));

        assertThat(debriefing).hasPassed("EndEvent_ParticipantWithdrawn");
        assertThat(tasks(debriefing, "UserTask_ReviewTripReport")).isEmpty();
        assertThat(tasks(debriefing, "UserTask_SubmitTripReport")).extracting(t -> memberOf(t)).containsExactly(JASUR);
        reportAndAccept(debriefing, JASUR);
        // Jasur's report is in; the department head's notice of it being late waits until they are done with it.
        assertThat(debriefing).isWaitingAt("UserTask_TripReportMissing", "UserTask_SettleAdvance");
        formService().submitTaskForm(taskOf(debriefing, "UserTask_TripReportMissing", JASUR).getId(), Map.of());
        assertThat(debriefing).isWaitingAt("IntermediateCatchEvent_SixMonthsAfterReturn", "UserTask_SettleAdvance");
        assertThat(missingReportsNoted).containsExactlyInAnyOrder(SHERZOD, JASUR);
    }

    @Test
    void aParticipantWithdrawnDuringTheReviewLeavesTheLoop() {
        ProcessInstance debriefing = startDebriefing();
        reportAndAccept(debriefing, JASUR);
        submitReport(debriefing, SHERZOD);

        withdrawn.add(SHERZOD);
        taskService().complete(taskOf(debriefing, "UserTask_ReviewTripReport", SHERZOD).getId());

        assertThat(debriefing).hasPassed("EndEvent_ParticipantWithdrawn")
                .isWaitingAt("IntermediateCatchEvent_SixMonthsAfterReturn", "UserTask_SettleAdvance");
        assertThat(created(debriefing, "UserTask_SubmitTripReport")).isEqualTo(2);
    }

    @Test
    void sixMonthsAfterReturnTheDepartmentHeadRecordsWhetherEachActionPlanWasCarriedOut() {
        ProcessInstance debriefing = startDebriefing();
        reportAndAccept(debriefing, JASUR, SHERZOD);
        settleAdvances(debriefing);
        assertThat(settlements).containsExactlyInAnyOrder(JASUR, SHERZOD);
        assertThat(managementService().createJobQuery().processInstanceId(debriefing.getId()).singleResult()
                .getDuedate()).isEqualTo(Date.from(FOLLOW_UP));

        runJobsDueAt(FOLLOW_UP.minus(Duration.ofMinutes(1)));
        assertThat(debriefing).isWaitingAt("IntermediateCatchEvent_SixMonthsAfterReturn");

        runJobsDueAt(FOLLOW_UP);
        List<Task> outcomes = tasks(debriefing, "UserTask_RecordActionPlanOutcome");
        assertThat(outcomes).hasSize(2).extracting(t -> memberOf(t)).containsExactlyInAnyOrder(JASUR, SHERZOD);
        outcomes.forEach(t -> assertThat(t).hasName("Record action plan outcome").hasCandidateGroup("dept-heads")
                .hasDueDate(Date.from(FOLLOW_UP.plus(Duration.ofDays(14)))));
        assertThat(taskQuery().taskId(outcomes.get(0).getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo("recordActionPlanOutcome");

        outcomes.forEach(t -> formService().submitTaskForm(t.getId(), Map.of()));

        assertThat(outcomesRecorded).containsExactlyInAnyOrder(JASUR, SHERZOD);
        assertThat(debriefing).isEnded().hasPassed("EndEvent_DebriefingCompleted");
    }

    @Test
    void debriefingEndsOnlyWhenTheAdvancesAreSettledToo() {
        ProcessInstance debriefing = startDebriefing();
        reportAndAccept(debriefing, JASUR, SHERZOD);
        runJobsDueAt(FOLLOW_UP);
        tasks(debriefing, "UserTask_RecordActionPlanOutcome")
                .forEach(t -> formService().submitTaskForm(t.getId(), Map.of()));

        assertThat(debriefing).isWaitingAt("UserTask_SettleAdvance");

        // One member's advance settled is not enough; the debriefing waits for every member's.
        formService().submitTaskForm(taskOf(debriefing, "UserTask_SettleAdvance", JASUR).getId(), Map.of());
        assertThat(debriefing).isWaitingAt("UserTask_SettleAdvance");
        formService().submitTaskForm(taskOf(debriefing, "UserTask_SettleAdvance", SHERZOD).getId(), Map.of());
        assertThat(settlements).containsExactly(JASUR, SHERZOD);
        assertThat(debriefing).isEnded();
    }
}
