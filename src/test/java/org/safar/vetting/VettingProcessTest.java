package org.safar.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.safar.vetting.VettingVariables.APPROVAL;
import static org.safar.vetting.VettingVariables.APPROVAL_REASON;
import static org.safar.vetting.VettingVariables.APPROVE;
import static org.safar.vetting.VettingVariables.CLEARANCE;
import static org.safar.vetting.VettingVariables.CLEARANCE_NOTE;
import static org.safar.vetting.VettingVariables.CLEARED;
import static org.safar.vetting.VettingVariables.REFUSED;
import static org.safar.vetting.VettingVariables.REJECT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safar.ProcessTestEngine;
import org.safar.delegation.DelegationVariables;

/** {@code vetting.bpmn} with its delegates, task listeners and service mocked: clearances, then approvals in turn. */
@Deployment(resources = "processes/vetting.bpmn")
class VettingProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final List<Long> MEMBERS = List.of(11L, 12L, 13L);
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    ProcessEngine engine;

    private final VettingService vettingService = mock(VettingService.class);
    /** Member id to the clearance given in their task, as {@link VettingService#clear} records it. */
    private final Map<Long, String> clearances = new LinkedHashMap<>();
    private List<String> approverGroups = List.of("dept-heads", "agency-directors");

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(vettingService.memberIds(DELEGATION_ID)).thenReturn(new ArrayList<>(MEMBERS));
        Mocks.register("vettingService", vettingService);
        Mocks.register("clearMemberTask", onComplete(task -> clearances.put(
                (Long) task.getVariable(DelegationVariables.MEMBER_ID), (String) task.getVariableLocal(CLEARANCE))));
        JavaDelegate summariseClearance = execution -> execution.setVariable(DelegationVariables.VETTING_PASSED,
                clearances.values().stream().allMatch(CLEARED::equals));
        Mocks.register("summariseClearanceDelegate", summariseClearance);
        // As DetermineApproversDelegate stores them: a JSON-serialized list.
        JavaDelegate determineApprovers = execution -> execution.setVariable(VettingVariables.APPROVER_GROUPS,
                Variables.objectValue(new ArrayList<>(approverGroups))
                        .serializationDataFormat(SerializationDataFormats.JSON).create());
        Mocks.register("determineApproversDelegate", determineApprovers);
        Mocks.register("approveDelegationTask", onComplete(task -> task.getExecution().setVariable(
                DelegationVariables.VETTING_PASSED, APPROVE.equals(task.getVariableLocal(APPROVAL)))));
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

    /** Started as the delegation's call activity starts it. */
    private static ProcessInstance startVetting() {
        return runtimeService().startProcessInstanceByKey(VettingVariables.PROCESS_KEY, String.valueOf(DELEGATION_ID),
                withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, "officer.aziz"));
    }

    /** Starts past the clearances, every member cleared, at the branch that determines the approvers. */
    private static ProcessInstance startAtApprovals() {
        return runtimeService().createProcessInstanceByKey(VettingVariables.PROCESS_KEY)
                .businessKey(String.valueOf(DELEGATION_ID))
                .setVariables(withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, "officer.aziz", DelegationVariables.VETTING_PASSED, true))
                .startBeforeActivity("BusinessRuleTask_DetermineApprovers")
                .execute();
    }

    private static List<Task> clearMemberTasks(ProcessInstance vetting) {
        return taskQuery().processInstanceId(vetting.getId()).taskDefinitionKey("UserTask_ClearMember")
                .orderByTaskId().asc().list();
    }

    private static Long memberOf(Task task) {
        return (Long) taskService().getVariable(task.getId(), DelegationVariables.MEMBER_ID);
    }

    private static void clearEveryMember(ProcessInstance vetting) {
        clearMemberTasks(vetting).forEach(task -> submit(task, withVariables(CLEARANCE, CLEARED)));
    }

    /** Submits the task's form as Tasklist does, so the fields land on the task where the listener reads them. */
    private static void submit(Task task, Map<String, Object> fields) {
        formService().submitTaskForm(task.getId(), fields);
    }

    private static void approve(Task task) {
        submit(task, withVariables(APPROVAL, APPROVE));
    }

    private static void reject(Task task) {
        submit(task, withVariables(APPROVAL, REJECT, APPROVAL_REASON, "Budget frozen this quarter"));
    }

    private static Date fiveDaysAfterNow() {
        return Date.from(NOW.plus(Duration.ofDays(5)));
    }

    private static long approvalTasksCreated(ProcessInstance vetting) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(vetting.getId())
                .taskDefinitionKey("UserTask_ApproveDelegation").count();
    }

    @Test
    void everyMemberGetsAClearMemberTaskForHrVettingDueInFiveDays() {
        ProcessInstance vetting = startVetting();

        assertThat(vetting).isWaitingAt("UserTask_ClearMember");
        // The engine reads a multi-instance collection twice: to count the instances and to create them.
        verify(vettingService, atLeastOnce()).memberIds(DELEGATION_ID);
        List<Task> tasks = clearMemberTasks(vetting);
        assertThat(tasks).hasSize(3);
        assertThat(tasks.stream().map(VettingProcessTest::memberOf)).containsExactlyInAnyOrderElementsOf(MEMBERS);
        tasks.forEach(task -> assertThat(task).hasName("Clear member").hasCandidateGroup("hr-vetting").isNotAssigned()
                .hasDueDate(fiveDaysAfterNow()));
        CamundaFormRef form = taskQuery().taskId(tasks.get(0).getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef();
        assertThat(form.getKey()).isEqualTo("clearMember");
    }

    @Test
    void approvalsWaitUntilEveryMemberIsLookedAt() {
        ProcessInstance vetting = startVetting();
        List<Task> tasks = clearMemberTasks(vetting);

        submit(tasks.get(0), withVariables(CLEARANCE, CLEARED));
        submit(tasks.get(1), withVariables(CLEARANCE, CLEARED));

        assertThat(vetting).isWaitingAt("UserTask_ClearMember").hasNotPassed("ServiceTask_SummariseClearance");
        assertThat(clearMemberTasks(vetting)).hasSize(1);
    }

    @Test
    void clearedDelegationIsApprovedByEachGroupInTurn() {
        ProcessInstance vetting = startVetting();
        clearEveryMember(vetting);

        assertThat(vetting).hasPassedInOrder("ServiceTask_SummariseClearance", "BusinessRuleTask_DetermineApprovers")
                .isWaitingAt("UserTask_ApproveDelegation");
        assertThat(task(vetting)).hasName("Approve delegation").hasCandidateGroup("dept-heads")
                .hasDueDate(fiveDaysAfterNow());

        approve(task(vetting));

        assertThat(vetting).isWaitingAt("UserTask_ApproveDelegation");
        assertThat(task(vetting)).hasCandidateGroup("agency-directors");

        approve(task(vetting));

        assertThat(vetting).isEnded().hasPassed("EndEvent_DelegationApproved");
        assertThat(vetting).variables().containsEntry(DelegationVariables.VETTING_PASSED, true);
        assertThat(approvalTasksCreated(vetting)).isEqualTo(2);
        verify(vettingService).approved(DELEGATION_ID);
    }

    @Test
    void delegationWithOneApproverGroupIsApprovedByIt() {
        approverGroups = List.of("dept-heads");
        ProcessInstance vetting = startAtApprovals();

        assertThat(task(vetting)).hasCandidateGroup("dept-heads");
        approve(task(vetting));

        assertThat(vetting).isEnded().hasPassed("EndEvent_DelegationApproved");
        assertThat(approvalTasksCreated(vetting)).isEqualTo(1);
    }

    @Test
    void refusedClearanceEndsWithoutApprovals() {
        ProcessInstance vetting = startVetting();
        List<Task> tasks = clearMemberTasks(vetting);

        submit(tasks.get(0), withVariables(CLEARANCE, CLEARED));
        submit(tasks.get(1), withVariables(CLEARANCE, REFUSED, CLEARANCE_NOTE, "Pending disciplinary case"));
        submit(tasks.get(2), withVariables(CLEARANCE, CLEARED));

        assertThat(vetting).isEnded().hasPassed("EndEvent_ClearanceRefused")
                .hasNotPassed("BusinessRuleTask_DetermineApprovers", "UserTask_ApproveDelegation");
        assertThat(vetting).variables().containsEntry(DelegationVariables.VETTING_PASSED, false);
    }

    @Test
    void rejectionByTheFirstApproverEndsVettingBeforeTheSecondIsAsked() {
        ProcessInstance vetting = startAtApprovals();
        assertThat(task(vetting)).hasCandidateGroup("dept-heads");

        reject(task(vetting));

        assertThat(vetting).isEnded().hasPassed("EndEvent_DelegationRejected").hasNotPassed("EndEvent_DelegationApproved");
        assertThat(vetting).variables().containsEntry(DelegationVariables.VETTING_PASSED, false);
        assertThat(approvalTasksCreated(vetting)).isEqualTo(1);
    }

    @Test
    void rejectionByTheSecondApproverEndsVettingRejected() {
        ProcessInstance vetting = startAtApprovals();
        approve(task(vetting));
        assertThat(task(vetting)).hasCandidateGroup("agency-directors");

        reject(task(vetting));

        assertThat(vetting).isEnded().hasPassed("EndEvent_DelegationRejected").hasNotPassed("EndEvent_DelegationApproved");
        assertThat(vetting).variables().containsEntry(DelegationVariables.VETTING_PASSED, false);
        assertThat(approvalTasksCreated(vetting)).isEqualTo(2);
        verify(vettingService, never()).approved(DELEGATION_ID);
    }
}
