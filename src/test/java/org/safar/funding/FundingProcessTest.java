package org.safar.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safar.funding.FundingVariables.APPROVE;
import static org.safar.funding.FundingVariables.FUNDING_DECISION;
import static org.safar.funding.FundingVariables.FUNDING_REFUSAL_REASON;
import static org.safar.funding.FundingVariables.REFUSE;
import static org.safar.funding.FundingVariables.RESOLUTION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
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

/**
 * {@code funding.bpmn} with its delegates and task listeners mocked: reservation, shortfall and its
 * three resolutions, approval and refusal. The mocked "Reserve budget" answers from a script, as
 * the real one answers from the budget line.
 */
@Deployment(resources = "processes/funding.bpmn")
class FundingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    ProcessEngine engine;

    /** What "Reserve budget" finds on each call: true if the line has enough, false for a shortfall. */
    private final Deque<Boolean> lineHasEnough = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();
    /** What "Reserve budget" throws, as when the budget system does not answer. */
    private RuntimeException reservationFails;

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        JavaDelegate estimate = execution -> calls.add("estimate");
        JavaDelegate reserve = execution -> {
            if (reservationFails != null) {
                throw reservationFails;
            }
            calls.add("reserve");
            if (!lineHasEnough.pop()) {
                throw new BpmnError(FundingVariables.ERROR_BUDGET_SHORTFALL, "ADPS-TRN-2026 has 650.00 USD left");
            }
        };
        JavaDelegate release = execution -> calls.add("release");
        Mocks.register("estimateTripCostDelegate", estimate);
        Mocks.register("reserveBudgetDelegate", reserve);
        Mocks.register("releaseReservationDelegate", release);
        Mocks.register("resolveBudgetShortfallTask", onComplete(task -> {
            String resolution = (String) task.getVariableLocal(RESOLUTION);
            task.getExecution().setVariable(FundingVariables.SHORTFALL_RESOLUTION, resolution);
            if (ShortfallResolution.REFUSE.name().equals(resolution)) {
                task.getExecution().setVariable(DelegationVariables.FUNDING_APPROVED, false);
            }
        }));
        Mocks.register("approveFundingTask", onComplete(task -> task.getExecution().setVariable(
                DelegationVariables.FUNDING_APPROVED, APPROVE.equals(task.getVariableLocal(FUNDING_DECISION)))));
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Like the real listeners: acts on what the form submitted, which stays on the task, when it completes. */
    private static TaskListener onComplete(TaskListener onComplete) {
        return task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                onComplete.notify(task);
            }
        };
    }

    /**
     * Started as the delegation's call activity starts it, with the flag not yet set, and run past
     * the save point of the first reservation.
     */
    private ProcessInstance startFunding(Boolean... reservations) {
        ProcessInstance funding = startWithoutReserving(reservations);
        passSavePoints(funding);
        return funding;
    }

    private ProcessInstance startWithoutReserving(Boolean... reservations) {
        lineHasEnough.addAll(List.of(reservations));
        return runtimeService().startProcessInstanceByKey(FundingVariables.PROCESS_KEY, String.valueOf(DELEGATION_ID),
                withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, "aziza", DelegationVariables.FUNDING_APPROVED, false));
    }

    /** Runs the reservation or release waiting at its save point, as the job executor would. */
    private static void passSavePoints(ProcessInstance funding) {
        List<Job> waiting = jobQuery().processInstanceId(funding.getId()).executable().list();
        while (!waiting.isEmpty()) {
            waiting.forEach(job -> managementService().executeJob(job.getId()));
            waiting = jobQuery().processInstanceId(funding.getId()).executable().list();
        }
    }

    /** Submits the task's form as Tasklist does, then lets the job executor run what the answer started. */
    private static void submit(ProcessInstance funding, Task task, Map<String, Object> fields) {
        formService().submitTaskForm(task.getId(), fields);
        passSavePoints(funding);
    }

    private static void resolve(ProcessInstance funding, ShortfallResolution resolution) {
        submit(funding, task(funding), withVariables(RESOLUTION, resolution.name()));
    }

    private static void approve(ProcessInstance funding) {
        submit(funding, task(funding), withVariables(FUNDING_DECISION, APPROVE));
    }

    private static Date fiveDaysAfterNow() {
        return Date.from(NOW.plus(Duration.ofDays(5)));
    }

    private static String formOf(Task task) {
        return taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
    }

    private static long tasksCreated(ProcessInstance funding, String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(funding.getId())
                .taskDefinitionKey(taskKey).count();
    }

    @Test
    void theReservationRunsFromASavePointWhereAFailureIsRetriedThenBecomesAnIncident() {
        ProcessInstance funding = startWithoutReserving(true);
        assertThat(funding).hasPassed("BusinessRuleTask_EstimateTripCost").isWaitingAt("ServiceTask_ReserveBudget");
        reservationFails = new IllegalStateException("The budget system does not answer");
        Job reservation = jobQuery().processInstanceId(funding.getId()).activityId("ServiceTask_ReserveBudget")
                .singleResult();

        int runs = ProcessTestEngine.failUntilIncident(managementService(), reservation.getId());

        assertThat(runs).as("R5/PT5M: five runs, five minutes apart").isEqualTo(5);
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(funding.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("ServiceTask_ReserveBudget");
        assertThat(incident.getIncidentMessage()).isEqualTo("The budget system does not answer");
        assertThat(calls).as("the estimate before the save point stays done").containsExactly("estimate");

        reservationFails = null;
        ProcessTestEngine.retryNow(managementService(), reservation.getId());
        passSavePoints(funding);

        assertThat(funding).isWaitingAt("UserTask_ApproveFunding");
        assertThat(calls).containsExactly("estimate", "reserve");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(funding.getId()).count()).isZero();
    }

    @Test
    void theReleaseAfterARefusalRunsFromASavePoint() {
        ProcessInstance funding = startFunding(true);

        formService().submitTaskForm(task(funding).getId(),
                withVariables(FUNDING_DECISION, REFUSE, FUNDING_REFUSAL_REASON, "Budget frozen"));

        assertThat(funding).isWaitingAt("ServiceTask_ReleaseReservation");
        assertThat(calls).doesNotContain("release");
        passSavePoints(funding);
        assertThat(funding).isEnded().hasPassed("EndEvent_FundingRefused");
        assertThat(calls).containsExactly("estimate", "reserve", "release");
    }

    @Test
    void reservedFundingIsApprovedByFinance() {
        ProcessInstance funding = startFunding(true);

        assertThat(funding).hasPassedInOrder("BusinessRuleTask_EstimateTripCost", "ServiceTask_ReserveBudget")
                .isWaitingAt("UserTask_ApproveFunding");
        Task approval = task(funding);
        assertThat(approval).hasName("Approve funding").hasCandidateGroup("finance").isNotAssigned()
                .hasDueDate(fiveDaysAfterNow());
        assertThat(formOf(approval)).isEqualTo("approveFunding");

        approve(funding);

        assertThat(funding).isEnded().hasPassed("EndEvent_FundingApproved")
                .hasNotPassed("UserTask_ResolveBudgetShortfall", "ServiceTask_ReleaseReservation");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, true);
        assertThat(calls).containsExactly("estimate", "reserve");
    }

    @Test
    void shortfallGoesToFinanceWhoChoosesAnotherLineThenApproves() {
        ProcessInstance funding = startFunding(false, true);

        assertThat(funding).hasPassed("BoundaryEvent_BudgetShortfall").isWaitingAt("UserTask_ResolveBudgetShortfall");
        Task shortfall = task(funding);
        assertThat(shortfall).hasName("Resolve budget shortfall").hasCandidateGroup("finance")
                .hasDueDate(fiveDaysAfterNow());
        assertThat(formOf(shortfall)).isEqualTo("resolveBudgetShortfall");

        resolve(funding, ShortfallResolution.OTHER_LINE);

        assertThat(funding).isWaitingAt("UserTask_ApproveFunding");
        approve(funding);
        assertThat(funding).isEnded().hasPassed("EndEvent_FundingApproved");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, true);
        // Another line is tried without pricing the delegation again.
        assertThat(calls).containsExactly("estimate", "reserve", "reserve");
    }

    @Test
    void shortfallResolvedByReducingTheDelegationIsPricedAgainThenApproved() {
        ProcessInstance funding = startFunding(false, true);

        resolve(funding, ShortfallResolution.REDUCE);

        assertThat(funding).isWaitingAt("UserTask_ApproveFunding");
        assertThat(calls).containsExactly("estimate", "reserve", "estimate", "reserve");
        approve(funding);
        assertThat(funding).isEnded().hasPassed("EndEvent_FundingApproved");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, true);
    }

    @Test
    void aSecondShortfallComesBackToFinance() {
        ProcessInstance funding = startFunding(false, false, true);

        resolve(funding, ShortfallResolution.OTHER_LINE);

        assertThat(funding).isWaitingAt("UserTask_ResolveBudgetShortfall");
        assertThat(tasksCreated(funding, "UserTask_ResolveBudgetShortfall")).isEqualTo(2);
        resolve(funding, ShortfallResolution.REDUCE);
        approve(funding);
        assertThat(funding).isEnded().hasPassed("EndEvent_FundingApproved");
    }

    @Test
    void shortfallRefusedEndsTheStageUnfunded() {
        ProcessInstance funding = startFunding(false);

        resolve(funding, ShortfallResolution.REFUSE);

        assertThat(funding).isEnded().hasPassed("ServiceTask_ReleaseReservation", "EndEvent_FundingRefused")
                .hasNotPassed("UserTask_ApproveFunding", "EndEvent_FundingApproved");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, false);
        assertThat(tasksCreated(funding, "UserTask_ApproveFunding")).isZero();
    }

    @Test
    void refusedApprovalReleasesTheReservation() {
        ProcessInstance funding = startFunding(true);

        submit(funding, task(funding), withVariables(FUNDING_DECISION, REFUSE, FUNDING_REFUSAL_REASON,
                "Budget frozen"));

        assertThat(funding).isEnded().hasPassedInOrder("UserTask_ApproveFunding", "ServiceTask_ReleaseReservation",
                "EndEvent_FundingRefused");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, false);
        assertThat(calls).containsExactly("estimate", "reserve", "release");
    }

    @Test
    void donorFundedDelegationWithNothingToReserveStillNeedsFinanceApproval() {
        // "Reserve budget" succeeds without a reservation when the cost is zero (see FundingScenarioTest).
        ProcessInstance funding = startFunding(true);

        assertThat(funding).hasNotPassed("UserTask_ResolveBudgetShortfall").isWaitingAt("UserTask_ApproveFunding");
        approve(funding);

        assertThat(funding).isEnded().hasPassed("EndEvent_FundingApproved");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, true);
    }
}
