package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinition;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.safar.delegation.DelegationVariables.DELEGATION_ID;
import static org.safar.delegation.DelegationVariables.NOMINATED_BY;
import static org.safar.delegation.DelegationVariables.NOMINATION_WITHDRAWN;
import static org.safar.delegation.DelegationVariables.REVISION_REQUESTED;
import static org.safar.delegation.DelegationVariables.TITLE;
import static org.safar.delegation.DelegationVariables.VETTING_PASSED;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safar.ProcessTestEngine;
import org.mockito.InOrder;

/**
 * {@code delegation.bpmn} with its stages replaced by stubs of the same keys: each stub waits in one task that
 * the test completes with the flag the real stage would hand back.
 */
@Deployment(resources = "processes/delegation.bpmn")
class DelegationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DRAFT_ID = 42L;
    private static final String DRAFT_REFERENCE = "SAF-2027-0042";
    private static final String OFFICER = "officer.aziz";

    ProcessEngine engine;

    private final DelegationService delegationService = mock(DelegationService.class);
    private final JavaDelegate releaseReservation = mock(JavaDelegate.class);
    /** "Inform the host of the cancellation" records what the liaison told the host. */
    private final TaskListener hostInformed = mock(TaskListener.class);
    /** Whether the stub of "Record cancellation" reports that the embassy was involved. */
    private boolean embassyInvolved;
    private final List<String> stubDeployments = new ArrayList<>();

    @BeforeEach
    void registerMocksAndDeployStubs() {
        BpmnAwareTests.init(engine);
        Mocks.register("delegationService", delegationService);
        Mocks.register("openDelegationDelegate", openDelegation());
        Mocks.register("releaseReservationDelegate", releaseReservation);
        Mocks.register("recordCancellationDelegate", recordCancellation());
        Mocks.register("informHostOfCancellationTask", hostInformed);
        List.of("nomination", "vetting", "embassyCoordination", "funding", "travel", "debriefing")
                .forEach(this::deployStub);
    }

    @AfterEach
    void resetMocksAndRemoveStubs() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        stubDeployments.forEach(id -> repositoryService().deleteDeployment(id, true));
    }

    /**
     * Like {@link org.safar.delegation.internal.OpenDelegationDelegate}: a Tasklist start opens a draft, an API
     * start already has its delegation.
     */
    private static JavaDelegate openDelegation() {
        return execution -> {
            if (execution.hasVariable(DELEGATION_ID)) {
                return;
            }
            execution.setVariable(DELEGATION_ID, DRAFT_ID);
            execution.removeVariable(TITLE);
            execution.setProcessBusinessKey(DRAFT_REFERENCE);
        };
    }

    /**
     * Like {@link org.safar.delegation.internal.RecordCancellationDelegate}, with the embassy involved or not as
     * the test says.
     */
    private JavaDelegate recordCancellation() {
        return execution -> {
            execution.setVariable(DelegationVariables.EMBASSY_INVOLVED, embassyInvolved);
            execution.setVariable(DelegationVariables.LIAISON_GROUP, embassyInvolved ? "embassy-JP" : null);
        };
    }

    private void deployStub(String processKey) {
        BpmnModelInstance stub = Bpmn.createExecutableProcess(processKey).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Stub")
                .endEvent()
                .done();
        stubDeployments.add(repositoryService().createDeployment()
                .addModelInstance(processKey + ".bpmn", stub).deploy().getId());
    }

    /** As the REST API starts it: the delegation exists and its id is the business key. */
    private static ProcessInstance startThroughApi(long delegationId, String officer) {
        return runtimeService().startProcessInstanceByKey(DelegationVariables.PROCESS_KEY,
                String.valueOf(delegationId), withVariables(DELEGATION_ID, delegationId, NOMINATED_BY, officer));
    }

    /** As Tasklist starts it: the logged-in officer submits the start form with only a title. */
    private ProcessInstance startInTasklist() {
        engine.getIdentityService().setAuthenticatedUserId(OFFICER);
        return formService().submitStartForm(processDefinition(DelegationVariables.PROCESS_KEY).getId(),
                withVariables(TITLE, "Study trip to Tokyo"));
    }

    /**
     * The stage the delegation is in, once the job executor has passed the save point before it:
     * every stage after nomination starts from one.
     */
    private static ProcessInstance stageOf(ProcessInstance delegation, String stageKey) {
        passSavePoints(delegation);
        return calledProcessInstance(stageKey, delegation);
    }

    private static void passSavePoints(ProcessInstance delegation) {
        for (Job job : managementService().createJobQuery().processInstanceId(delegation.getId()).executable().list()) {
            managementService().executeJob(job.getId());
        }
    }

    private static Job savePointBefore(ProcessInstance delegation, String callActivity) {
        return managementService().createJobQuery().processInstanceId(delegation.getId()).activityId(callActivity)
                .singleResult();
    }

    private static ProcessInstance nominationOf(ProcessInstance delegation) {
        assertThat(delegation).isWaitingAt("CallActivity_Nomination");
        return stageOf(delegation, "nomination");
    }

    private static ProcessInstance vettingOf(ProcessInstance delegation) {
        assertThat(delegation).isWaitingAt("CallActivity_Vetting");
        return stageOf(delegation, "vetting");
    }

    private static void finishNomination(ProcessInstance delegation, boolean withdrawn) {
        complete(task(nominationOf(delegation)), withVariables(NOMINATION_WITHDRAWN, withdrawn));
    }

    private static void finishVetting(ProcessInstance delegation, boolean passed) {
        complete(task(vettingOf(delegation)), withVariables(VETTING_PASSED, passed));
    }

    private static String businessKeyOf(ProcessInstance instance) {
        return historyService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    @Test
    void tasklistStartOpensADraftWhoseReferenceBecomesTheBusinessKey() {
        ProcessInstance delegation = startInTasklist();

        assertThat(delegation).hasPassed("ServiceTask_OpenDelegation");
        assertThat(businessKeyOf(delegation)).isEqualTo(DRAFT_REFERENCE);
        assertThat(delegation).variables().containsEntry(DELEGATION_ID, DRAFT_ID).containsEntry(NOMINATED_BY, OFFICER)
                .doesNotContainKey(TITLE);
        ProcessInstance nomination = nominationOf(delegation);
        assertThat(nomination.getBusinessKey()).isEqualTo(DRAFT_REFERENCE);
        assertThat(nomination).variables().containsEntry(DELEGATION_ID, DRAFT_ID).containsEntry(NOMINATED_BY, OFFICER)
                .containsEntry(REVISION_REQUESTED, false).containsEntry(NOMINATION_WITHDRAWN, false);
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(DRAFT_ID, Stage.NOMINATION);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void apiStartKeepsTheDelegationItWasGiven() {
        ProcessInstance delegation = startThroughApi(7L, "officer.bek");

        assertThat(businessKeyOf(delegation)).isEqualTo("7");
        assertThat(delegation).variables().containsEntry(DELEGATION_ID, 7L).containsEntry(NOMINATED_BY, "officer.bek");
        ProcessInstance nomination = nominationOf(delegation);
        assertThat(nomination.getBusinessKey()).isEqualTo("7");
        assertThat(nomination).variables().containsEntry(DELEGATION_ID, 7L).containsEntry(NOMINATED_BY, "officer.bek")
                .containsEntry(REVISION_REQUESTED, false);
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void delegationWithdrawnInNominationIsClosedWithdrawn() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);

        finishNomination(delegation, true);

        assertThat(delegation).isEnded().hasPassed("EndEvent_DelegationWithdrawn").hasNotPassed("CallActivity_Vetting");
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).close(7L, Stage.WITHDRAWN);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void nominatedAndVettedDelegationGoesToTheEmbassy() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        finishNomination(delegation, false);

        ProcessInstance vetting = vettingOf(delegation);
        assertThat(vetting.getBusinessKey()).isEqualTo("7");
        assertThat(vetting).variables().containsEntry(DELEGATION_ID, 7L).containsEntry(NOMINATED_BY, OFFICER);

        finishVetting(delegation, true);

        assertThat(delegation).isWaitingAt("CallActivity_EmbassyCoordination");
        assertThat(savePointBefore(delegation, "CallActivity_EmbassyCoordination")).as("the save point").isNotNull();
        verify(delegationService, never()).enter(7L, Stage.EMBASSY);
        ProcessInstance embassy = stageOf(delegation, "embassyCoordination");
        assertThat(embassy.getBusinessKey()).isEqualTo("7");
        assertThat(embassy).variables().containsEntry(DELEGATION_ID, 7L).containsEntry(NOMINATED_BY, OFFICER)
                .containsEntry(DelegationVariables.HOST_DECLINED, false);
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).enter(7L, Stage.VETTING);
        stages.verify(delegationService).enter(7L, Stage.EMBASSY);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void everyStageInTurnCompletesTheDelegation() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        finishNomination(delegation, false);
        finishVetting(delegation, true);
        finishStage(delegation, "embassyCoordination", DelegationVariables.HOST_DECLINED, false);
        ProcessInstance funding = stageOf(delegation, "funding");
        assertThat(funding).variables().containsEntry(DelegationVariables.FUNDING_APPROVED, false);
        finishStage(delegation, "funding", DelegationVariables.FUNDING_APPROVED, true);
        assertThat(stageOf(delegation, "travel").getBusinessKey()).isEqualTo("7");
        finishStage(delegation, "travel", null, null);
        assertThat(stageOf(delegation, "debriefing").getBusinessKey()).isEqualTo("7");
        finishStage(delegation, "debriefing", null, null);

        assertThat(delegation).isEnded().hasPassedInOrder("CallActivity_EmbassyCoordination", "CallActivity_Funding",
                "CallActivity_Travel", "CallActivity_Debriefing", "EndEvent_DelegationCompleted");
        InOrder stages = inOrder(delegationService);
        for (Stage stage : List.of(Stage.NOMINATION, Stage.VETTING, Stage.EMBASSY, Stage.FUNDING, Stage.TRAVEL,
                Stage.DEBRIEFING)) {
            stages.verify(delegationService).enter(7L, stage);
        }
        stages.verify(delegationService).close(7L, Stage.COMPLETED);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void aStageThatFailsToStartBecomesAnIncidentWhileThePreviousStageStaysDone() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        finishNomination(delegation, false);
        doThrow(new IllegalStateException("The delegation table is locked")).when(delegationService)
                .enter(7L, Stage.EMBASSY);
        finishVetting(delegation, true);
        Job savePoint = savePointBefore(delegation, "CallActivity_EmbassyCoordination");

        int runs = ProcessTestEngine.failUntilIncident(managementService(), savePoint.getId());

        assertThat(runs).as("R3/PT1M: three runs, a minute apart").isEqualTo(3);
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(delegation.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("CallActivity_EmbassyCoordination");
        assertThat(incident.getIncidentMessage()).contains("The delegation table is locked");
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(delegation.getId())
                .processDefinitionKey("vetting").finished().count()).as("the approvers' work is kept").isOne();

        // Once the cause is gone, the operator's "Retry" in Cockpit starts the stage.
        doNothing().when(delegationService).enter(7L, Stage.EMBASSY);
        ProcessTestEngine.retryNow(managementService(), savePoint.getId());

        assertThat(stageOf(delegation, "embassyCoordination")).isNotNull();
        assertThat(runtimeService().createIncidentQuery().processInstanceId(delegation.getId()).count()).isZero();
    }

    @Test
    void hostDeclinedEndsTheDelegationAsDeclined() {
        ProcessInstance delegation = vettedDelegation();

        finishStage(delegation, "embassyCoordination", DelegationVariables.HOST_DECLINED, true);

        assertThat(delegation).isEnded().hasPassed("EndEvent_HostDeclined").hasNotPassed("CallActivity_Funding");
        verify(delegationService).close(7L, Stage.DECLINED);
    }

    @Test
    void refusedFundingEndsTheDelegationAsRefused() {
        ProcessInstance delegation = vettedDelegation();
        finishStage(delegation, "embassyCoordination", DelegationVariables.HOST_DECLINED, false);

        finishStage(delegation, "funding", DelegationVariables.FUNDING_APPROVED, false);

        assertThat(delegation).isEnded().hasPassed("EndEvent_FundingRefused").hasNotPassed("CallActivity_Travel");
        verify(delegationService).close(7L, Stage.REFUSED);
    }

    @Test
    void cancellationDuringNominationClosesItsTaskWithoutEmbassyOrCompensation() throws Exception {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        ProcessInstance nomination = nominationOf(delegation);
        embassyInvolved = false;

        cancel(delegation);

        assertThat(delegation).isEnded().hasPassedInOrder("StartEvent_CancellationRequested",
                "ServiceTask_RecordCancellation", "IntermediateThrowEvent_CompensateFunding", "EndEvent_DelegationCancelled")
                .hasNotPassed("UserTask_InformHostOfCancellation");
        assertThat(nomination).isEnded();
        verify(releaseReservation, never()).execute(any());
    }

    @Test
    void cancellationDuringTravelReleasesTheReservationAndHasTheEmbassyInformTheHost() throws Exception {
        ProcessInstance delegation = vettedDelegation();
        finishStage(delegation, "embassyCoordination", DelegationVariables.HOST_DECLINED, false);
        finishStage(delegation, "funding", DelegationVariables.FUNDING_APPROVED, true);
        ProcessInstance travel = stageOf(delegation, "travel");
        embassyInvolved = true;

        cancel(delegation);

        assertThat(travel).isEnded();
        verify(releaseReservation).execute(any());
        assertThat(delegation).isWaitingAt("UserTask_InformHostOfCancellation");
        assertThat(task(delegation)).hasCandidateGroup("embassy-JP");
        complete(task(delegation));
        verify(hostInformed).notify(any());
        assertThat(delegation).isEnded().hasPassed("EndEvent_DelegationCancelled");
    }

    @Test
    void cancellationDuringFundingHasNothingToCompensateYet() throws Exception {
        ProcessInstance delegation = vettedDelegation();
        finishStage(delegation, "embassyCoordination", DelegationVariables.HOST_DECLINED, false);
        ProcessInstance funding = stageOf(delegation, "funding");
        embassyInvolved = true;

        cancel(delegation);

        assertThat(funding).isEnded();
        verify(releaseReservation, never()).execute(any());
        assertThat(delegation).isWaitingAt("UserTask_InformHostOfCancellation");
    }

    private ProcessInstance vettedDelegation() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        finishNomination(delegation, false);
        finishVetting(delegation, true);
        return delegation;
    }

    private static void finishStage(ProcessInstance delegation, String stageKey, String flag, Object value) {
        ProcessInstance stage = stageOf(delegation, stageKey);
        if (flag == null) {
            complete(task(stage));
        } else {
            complete(task(stage), withVariables(flag, value));
        }
    }

    private static void cancel(ProcessInstance delegation) {
        runtimeService().createMessageCorrelation(DelegationVariables.MSG_DELEGATION_CANCELLED)
                .processInstanceBusinessKey(businessKeyOf(delegation)).correlate();
    }

    @Test
    void failedVettingSendsTheDelegationBackForRevisionWhereItCanBeWithdrawn() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        assertThat(nominationOf(delegation)).variables().containsEntry(REVISION_REQUESTED, false);
        finishNomination(delegation, false);

        finishVetting(delegation, false);

        ProcessInstance revision = nominationOf(delegation);
        assertThat(revision.getBusinessKey()).isEqualTo("7");
        assertThat(revision).variables().containsEntry(REVISION_REQUESTED, true).containsEntry(DELEGATION_ID, 7L)
                .containsEntry(NOMINATED_BY, OFFICER).containsEntry(NOMINATION_WITHDRAWN, false);

        finishNomination(delegation, true);

        assertThat(delegation).isEnded().hasPassed("EndEvent_DelegationWithdrawn")
                .hasNotPassed("CallActivity_EmbassyCoordination");
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).enter(7L, Stage.VETTING);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).close(7L, Stage.WITHDRAWN);
        verifyNoMoreInteractions(delegationService);
    }

    @Test
    void revisedDelegationThatPassesVettingGoesToTheEmbassy() {
        ProcessInstance delegation = startThroughApi(7L, OFFICER);
        finishNomination(delegation, false);
        finishVetting(delegation, false);

        finishNomination(delegation, false);
        finishVetting(delegation, true);

        assertThat(delegation).isWaitingAt("CallActivity_EmbassyCoordination");
        passSavePoints(delegation);
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(delegation.getId())
                .processDefinitionKey("vetting").count()).isEqualTo(2);
        InOrder stages = inOrder(delegationService);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).enter(7L, Stage.VETTING);
        stages.verify(delegationService).enter(7L, Stage.NOMINATION);
        stages.verify(delegationService).enter(7L, Stage.VETTING);
        stages.verify(delegationService).enter(7L, Stage.EMBASSY);
        verifyNoMoreInteractions(delegationService);
    }
}
