package org.safar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safar.nomination.NominationVariables.DECISION;
import static org.safar.nomination.NominationVariables.DECISION_SUBMIT;
import static org.safar.nomination.NominationVariables.DECISION_WITHDRAW;
import static org.safar.nomination.NominationVariables.NOMINATION_VALID;
import static org.safar.nomination.NominationVariables.WITHDRAWAL_REASON;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
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

/** {@code nomination.bpmn} with its delegate and task listener mocked: every way through the stage. */
@Deployment(resources = "processes/nomination.bpmn")
class NominationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final String OFFICER = "officer.aziz";

    ProcessEngine engine;

    /** What "Check eligibility and group size" finds, one answer per check, in turn. */
    private final Deque<Boolean> checkResults = new ArrayDeque<>();

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        JavaDelegate checkNomination = execution -> execution.setVariable(NOMINATION_VALID, checkResults.pop());
        Mocks.register("checkNominationDelegate", checkNomination);
        Mocks.register("nominateMembersTask", nominateMembersTask());
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    /**
     * Like {@link org.safar.nomination.internal.NominateMembersTask}: on completion turns the officer's decision,
     * which the form left on the task, into the flag the gateway reads.
     */
    private static TaskListener nominateMembersTask() {
        return task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                task.getExecution().setVariable(DelegationVariables.NOMINATION_WITHDRAWN,
                        DECISION_WITHDRAW.equals(task.getVariableLocal(DECISION)));
            }
        };
    }

    /** Started as the delegation's call activity starts it. */
    private ProcessInstance startNomination(boolean revisionRequested) {
        return runtimeService().startProcessInstanceByKey(NominationVariables.PROCESS_KEY,
                String.valueOf(DELEGATION_ID), withVariables(
                        DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, OFFICER,
                        DelegationVariables.REVISION_REQUESTED, revisionRequested,
                        DelegationVariables.NOMINATION_WITHDRAWN, false));
    }

    /** Submits the task's form as Tasklist does, so the fields land on the task where the listener reads them. */
    private static void submit(Task task, Map<String, Object> fields) {
        formService().submitTaskForm(task.getId(), fields);
    }

    private static void resubmit(Task task) {
        submit(task, withVariables(DECISION, DECISION_SUBMIT));
    }

    private static void withdraw(Task task) {
        submit(task, withVariables(DECISION, DECISION_WITHDRAW, WITHDRAWAL_REASON, "The programme was cancelled"));
    }

    private static long timesPassed(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

    @Test
    void validNominationEndsAtOnceWithoutATask() {
        checkResults.add(true);

        ProcessInstance nomination = startNomination(false);

        assertThat(nomination).isEnded()
                .hasPassedInOrder("BusinessRuleTask_CheckEligibility", "EndEvent_MembersNominated")
                .hasNotPassed("UserTask_NominateMembers");
        assertThat(nomination).variables().containsEntry(DelegationVariables.NOMINATION_WITHDRAWN, false);
    }

    @Test
    void invalidNominationAsksTheOfficerWhoOpenedTheDelegation() {
        checkResults.add(false);

        ProcessInstance nomination = startNomination(false);

        assertThat(nomination).isWaitingAt("UserTask_NominateMembers").hasPassed("BusinessRuleTask_CheckEligibility");
        assertThat(task(nomination)).hasName("Nominate members").isAssignedTo(OFFICER);
        Task withFormRef = taskQuery().processInstanceId(nomination.getId()).initializeFormKeys().singleResult();
        CamundaFormRef form = withFormRef.getCamundaFormRef();
        assertThat(form.getKey()).isEqualTo("nominateMembers");
        assertThat(form.getBinding()).isEqualTo("latest");
    }

    @Test
    void resubmittedNominationThatHoldsEndsNominated() {
        checkResults.addAll(List.of(false, true));
        ProcessInstance nomination = startNomination(false);

        resubmit(task(nomination));

        assertThat(nomination).isEnded().hasPassed("EndEvent_MembersNominated").hasNotPassed("EndEvent_NominationWithdrawn");
        assertThat(timesPassed(nomination, "BusinessRuleTask_CheckEligibility")).isEqualTo(2);
        assertThat(nomination).variables().containsEntry(DelegationVariables.NOMINATION_WITHDRAWN, false);
    }

    @Test
    void officerWithdrawsAnInvalidNomination() {
        checkResults.add(false);
        ProcessInstance nomination = startNomination(false);

        withdraw(task(nomination));

        assertThat(nomination).isEnded().hasPassed("EndEvent_NominationWithdrawn").hasNotPassed("EndEvent_MembersNominated");
        assertThat(timesPassed(nomination, "BusinessRuleTask_CheckEligibility")).isEqualTo(1);
        assertThat(nomination).variables().containsEntry(DelegationVariables.NOMINATION_WITHDRAWN, true);
    }

    @Test
    void requestedRevisionGoesStraightToTheOfficerWithoutACheck() {
        ProcessInstance nomination = startNomination(true);

        assertThat(nomination).isWaitingAt("UserTask_NominateMembers").hasNotPassed("BusinessRuleTask_CheckEligibility");
        assertThat(task(nomination)).isAssignedTo(OFFICER);

        checkResults.add(true);
        resubmit(task(nomination));

        assertThat(nomination).isEnded().hasPassedInOrder("UserTask_NominateMembers",
                "BusinessRuleTask_CheckEligibility", "EndEvent_MembersNominated");
    }

    @Test
    void officerMayWithdrawWhenARevisionIsRequested() {
        ProcessInstance nomination = startNomination(true);

        withdraw(task(nomination));

        assertThat(nomination).isEnded().hasPassed("EndEvent_NominationWithdrawn")
                .hasNotPassed("BusinessRuleTask_CheckEligibility");
    }

    @Test
    void nominationInvalidTwiceInARowReturnsToTheOfficerEachTime() {
        checkResults.addAll(List.of(false, false, true));
        ProcessInstance nomination = startNomination(false);
        Task first = task(nomination);

        resubmit(first);

        assertThat(nomination).isWaitingAt("UserTask_NominateMembers");
        Task second = task(nomination);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second).isAssignedTo(OFFICER);

        resubmit(second);

        assertThat(nomination).isEnded().hasPassed("EndEvent_MembersNominated");
        assertThat(timesPassed(nomination, "BusinessRuleTask_CheckEligibility")).isEqualTo(3);
        assertThat(timesPassed(nomination, "UserTask_NominateMembers")).isEqualTo(2);
        assertThat(checkResults).isEmpty();
    }
}
