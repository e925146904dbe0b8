package org.safar.embassy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
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
import org.safar.CapturedLog;
import org.safar.ProcessTestEngine;
import org.safar.delegation.DelegationVariables;

/**
 * {@code embassy-coordination.bpmn} with its delegate, task listeners and deadlines mocked: the three
 * answers of the embassy, the confirmation message, and the reminder and escalation timers.
 */
@Deployment(resources = "processes/embassy-coordination.bpmn")
class EmbassyCoordinationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    private static final long DELEGATION_ID = 42L;
    private static final String OFFICER = "aziza";
    private static final int LEAD_TIME_DAYS = 30;
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Date DUE = Date.from(NOW.plus(Duration.ofDays(LEAD_TIME_DAYS)));
    private static final Date ESCALATION = Date.from(NOW.plus(Duration.ofDays(2L * LEAD_TIME_DAYS)));

    private static final String REQUEST = "ServiceTask_RequestHostArrangements";
    private static final String CONFIRM = "UserTask_ConfirmHostArrangements";
    private static final String FOLLOW_UP = "UserTask_FollowUpWithEmbassy";
    private static final String INTERVENE = "UserTask_InterveneWithEmbassy";
    private static final String REVISE = "UserTask_ReviseForEmbassy";

    ProcessEngine engine;

    private final EmbassyDeadlines deadlines = mock(EmbassyDeadlines.class);
    private int requestsSent;
    /** What "Request host arrangements" throws, as when the embassy's system does not answer. */
    private RuntimeException requestFails;

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(deadlines.due(DELEGATION_ID)).thenReturn(DUE);
        when(deadlines.escalation(DELEGATION_ID)).thenReturn(ESCALATION);
        Mocks.register("embassyDeadlines", deadlines);
        JavaDelegate requestHostArrangements = execution -> {
            if (requestFails != null) {
                throw requestFails;
            }
            requestsSent++;
            execution.setVariable(DelegationVariables.LIAISON_GROUP, "embassy-JP");
        };
        Mocks.register("requestHostArrangementsDelegate", requestHostArrangements);
        // As ConfirmHostArrangementsTask: the answer decides the gateway and the lifecycle's flag.
        Mocks.register("confirmHostArrangementsTask", onComplete(task -> {
            String answer = (String) task.getVariableLocal(EmbassyVariables.ANSWER);
            task.getExecution().setVariable(EmbassyVariables.EMBASSY_ANSWER, answer);
            task.getExecution().setVariable(DelegationVariables.HOST_DECLINED,
                    EmbassyAnswer.HOST_DECLINED.name().equals(answer));
        }));
        Mocks.register("reviseForEmbassyTask", onComplete(task -> {
        }));
        Mocks.register("followUpWithEmbassyTask", onComplete(task -> {
        }));
        Mocks.register("interveneWithEmbassyTask", onComplete(task -> {
        }));
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
     * Started as the lifecycle's call activity starts it, but without hostDeclined: the stage must
     * write it. The request is sent, past its save point.
     */
    private static ProcessInstance startEmbassyCoordination() {
        ProcessInstance stage = startWithoutSendingTheRequest();
        sendRequest(stage);
        return stage;
    }

    private static ProcessInstance startWithoutSendingTheRequest() {
        return runtimeService().startProcessInstanceByKey(EmbassyVariables.PROCESS_KEY, String.valueOf(DELEGATION_ID),
                withVariables(DelegationVariables.DELEGATION_ID, DELEGATION_ID,
                        DelegationVariables.NOMINATED_BY, OFFICER));
    }

    /** The request waits at its save point until the job executor sends it. */
    private static void sendRequest(ProcessInstance stage) {
        assertThat(stage).isWaitingAt(REQUEST);
        managementService().executeJob(requestJob(stage).getId());
    }

    private static Job requestJob(ProcessInstance stage) {
        return jobQuery().processInstanceId(stage.getId()).activityId(REQUEST).singleResult();
    }

    private static List<Task> openTasks(ProcessInstance stage, String taskDefinitionKey) {
        return taskQuery().processInstanceId(stage.getId()).taskDefinitionKey(taskDefinitionKey).list();
    }

    private static Task onlyTask(ProcessInstance stage, String taskDefinitionKey) {
        List<Task> tasks = openTasks(stage, taskDefinitionKey);
        assertThat(tasks).as("open %s", taskDefinitionKey).hasSize(1);
        return tasks.get(0);
    }

    /** Submits the task's form as Tasklist does, so the fields land on the task where the listener reads them. */
    private static void submit(Task task, Map<String, Object> fields) {
        formService().submitTaskForm(task.getId(), fields);
    }

    private static void answer(ProcessInstance stage, EmbassyAnswer answer) {
        submit(onlyTask(stage, CONFIRM), withVariables(EmbassyVariables.ANSWER, answer.name()));
    }

    private static void confirmByMessage(ProcessInstance stage) {
        // As HostConfirmations correlates it: the business key, in the instance of embassyCoordination it found.
        runtimeService().createMessageCorrelation(EmbassyVariables.MSG_HOST_ARRANGEMENTS_CONFIRMED)
                .processInstanceBusinessKey(String.valueOf(DELEGATION_ID))
                .processInstanceId(stage.getId())
                .setVariable(DelegationVariables.HOST_DECLINED, false)
                .correlateWithResult();
    }

    private static Job timer(ProcessInstance stage, String boundaryEvent) {
        return jobQuery().processInstanceId(stage.getId()).activityId(boundaryEvent).singleResult();
    }

    /** Moves the engine's clock and fires the timers then due, as the job executor would. */
    private static void timePasses(ProcessInstance stage, Duration sinceRequest) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(sinceRequest)));
        for (Job job : jobQuery().processInstanceId(stage.getId()).executable().list()) {
            managementService().executeJob(job.getId());
        }
    }

    private static Date daysAfter(Duration sinceRequest, int days) {
        return Date.from(NOW.plus(sinceRequest).plus(Duration.ofDays(days)));
    }

    @Test
    void requestGoesToTheLiaisonGroupOfTheHostCountryDueAfterTheLeadTime() {
        ProcessInstance stage = startEmbassyCoordination();

        assertThat(stage).hasPassed("ServiceTask_RequestHostArrangements").isWaitingAt(CONFIRM);
        assertThat(stage).variables().containsEntry(DelegationVariables.LIAISON_GROUP, "embassy-JP");
        Task task = onlyTask(stage, CONFIRM);
        assertThat(task).hasName("Confirm host arrangements").hasCandidateGroup("embassy-JP").isNotAssigned()
                .hasDueDate(DUE);
        CamundaFormRef form = taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
        assertThat(form.getKey()).isEqualTo("confirmHostArrangements");
        assertThat(timer(stage, "BoundaryEvent_EmbassyOverdue").getDuedate()).isEqualTo(DUE);
        assertThat(timer(stage, "BoundaryEvent_EmbassyLongOverdue").getDuedate()).isEqualTo(ESCALATION);
        assertThat(jobQuery().processInstanceId(stage.getId()).executable().count()).isZero();
    }

    @Test
    void theRequestIsSentFromASavePointWhereAFailureIsRetriedThenBecomesAnIncident() {
        ProcessInstance stage = startWithoutSendingTheRequest();
        assertThat(stage).isWaitingAt(REQUEST);
        requestFails = new IllegalStateException("The embassy's system does not answer");

        int runs = ProcessTestEngine.failUntilIncident(managementService(), requestJob(stage).getId());

        assertThat(runs).as("R5/PT5M: five runs, five minutes apart").isEqualTo(5);
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(stage.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(REQUEST);
        assertThat(incident.getIncidentMessage()).isEqualTo("The embassy's system does not answer");
        assertThat(requestsSent).isZero();
        assertThat(openTasks(stage, CONFIRM)).isEmpty();

        requestFails = null;
        ProcessTestEngine.retryNow(managementService(), incident.getConfiguration());
        sendRequest(stage);

        assertThat(stage).isWaitingAt(CONFIRM);
        assertThat(requestsSent).isEqualTo(1);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(stage.getId()).count()).isZero();
    }

    @Test
    void confirmationEndsTheStageWithHostDeclinedFalse() {
        ProcessInstance stage = startEmbassyCoordination();

        answer(stage, EmbassyAnswer.CONFIRMED);

        assertThat(stage).isEnded().hasPassed("EndEvent_EmbassyAnswered", "EndEvent_HostArrangementsConfirmed")
                .hasNotPassed(REVISE, "EndEvent_HostDeclined");
        assertThat(stage).variables().containsEntry(DelegationVariables.HOST_DECLINED, false);
        assertThat(requestsSent).isEqualTo(1);
    }

    @Test
    void changesRequestedGoToTheOfficerAndANewRequestFollows() {
        ProcessInstance stage = startEmbassyCoordination();

        answer(stage, EmbassyAnswer.CHANGES_REQUESTED);

        assertThat(stage).isWaitingAt(REVISE);
        assertThat(openTasks(stage, CONFIRM)).isEmpty();
        assertThat(jobQuery().processInstanceId(stage.getId()).count()).as("no timers while the officer revises")
                .isZero();
        Task revise = onlyTask(stage, REVISE);
        assertThat(revise).hasName("Revise for the embassy").isAssignedTo(OFFICER)
                .hasDueDate(daysAfter(Duration.ZERO, 5));

        submit(revise, withVariables(EmbassyVariables.REVISION, "Programme moved one week later"));
        sendRequest(stage);

        assertThat(stage).isWaitingAt(CONFIRM);
        assertThat(requestsSent).isEqualTo(2);
        assertThat(onlyTask(stage, CONFIRM)).hasCandidateGroup("embassy-JP");
        assertThat(jobQuery().processInstanceId(stage.getId()).count()).as("timers of the new request").isEqualTo(2);

        answer(stage, EmbassyAnswer.CONFIRMED);

        assertThat(stage).isEnded().hasPassed("EndEvent_HostArrangementsConfirmed");
        assertThat(stage).variables().containsEntry(DelegationVariables.HOST_DECLINED, false);
    }

    @Test
    void hostDeclinedEndsTheStageWithHostDeclinedTrue() {
        ProcessInstance stage = startEmbassyCoordination();

        answer(stage, EmbassyAnswer.HOST_DECLINED);

        assertThat(stage).isEnded().hasPassed("EndEvent_HostDeclined")
                .hasNotPassed("EndEvent_HostArrangementsConfirmed", REVISE);
        assertThat(stage).variables().containsEntry(DelegationVariables.HOST_DECLINED, true);
    }

    @Test
    void confirmationFromAnotherSystemEndsTheWait() {
        ProcessInstance stage = startEmbassyCoordination();

        confirmByMessage(stage);

        assertThat(stage).isEnded().hasPassed("BoundaryEvent_HostArrangementsConfirmed",
                "EndEvent_HostArrangementsConfirmed").hasNotPassed("EndEvent_EmbassyAnswered");
        assertThat(stage).variables().containsEntry(DelegationVariables.HOST_DECLINED, false);
        assertThat(taskQuery().processInstanceId(stage.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(stage.getId()).count()).isZero();
    }

    @Test
    void noConfirmationMessageIsTakenWhileTheOfficerRevises() {
        ProcessInstance stage = startEmbassyCoordination();
        answer(stage, EmbassyAnswer.CHANGES_REQUESTED);

        try (CapturedLog log = CapturedLog.of(CapturedLog.ENGINE_COMMANDS)) {
            assertThatThrownBy(() -> confirmByMessage(stage)).isInstanceOf(MismatchingMessageCorrelationException.class);
            assertThat(log.errors()).allSatisfy(error -> assertThat(error).contains("Cannot correlate message"));
        }
        assertThat(stage).isWaitingAt(REVISE);
    }

    @Test
    void pastTheDueDateTheOfficerIsRemindedWhileTheEmbassyTaskStaysOpen() {
        ProcessInstance stage = startEmbassyCoordination();
        Duration pastDue = Duration.ofDays(LEAD_TIME_DAYS).plusHours(1);

        timePasses(stage, pastDue);

        assertThat(stage).isWaitingAt(CONFIRM, FOLLOW_UP);
        assertThat(onlyTask(stage, FOLLOW_UP)).hasName("Follow up with the embassy").isAssignedTo(OFFICER)
                .hasDueDate(daysAfter(pastDue, 2));
        assertThat(openTasks(stage, INTERVENE)).isEmpty();

        submit(onlyTask(stage, FOLLOW_UP), withVariables(EmbassyVariables.FOLLOW_UP_NOTE, "Called the embassy"));

        assertThat(stage).hasPassed("EndEvent_OfficerFollowedUp").isWaitingAt(CONFIRM);
        assertThat(openTasks(stage, FOLLOW_UP)).isEmpty();
        assertThat(timer(stage, "BoundaryEvent_EmbassyOverdue")).as("reminded once").isNull();
    }

    @Test
    void pastTwiceTheLeadTimeAnAgencyDirectorIsTold() {
        ProcessInstance stage = startEmbassyCoordination();
        timePasses(stage, Duration.ofDays(LEAD_TIME_DAYS).plusHours(1));
        submit(onlyTask(stage, FOLLOW_UP), Map.of());
        Duration pastTwiceTheLeadTime = Duration.ofDays(2L * LEAD_TIME_DAYS).plusHours(1);

        timePasses(stage, pastTwiceTheLeadTime);

        assertThat(stage).isWaitingAt(CONFIRM, INTERVENE);
        assertThat(onlyTask(stage, INTERVENE)).hasName("Intervene with the embassy")
                .hasCandidateGroup("agency-directors").isNotAssigned().hasDueDate(daysAfter(pastTwiceTheLeadTime, 3));

        submit(onlyTask(stage, INTERVENE), withVariables(EmbassyVariables.FOLLOW_UP_NOTE, "Wrote to the ambassador"));

        assertThat(stage).hasPassed("EndEvent_DirectorIntervened").isWaitingAt(CONFIRM);
        assertThat(jobQuery().processInstanceId(stage.getId()).count()).isZero();
    }

    @Test
    void bothTimersFireWhileTheEmbassyIsStillSilent() {
        ProcessInstance stage = startEmbassyCoordination();

        timePasses(stage, Duration.ofDays(2L * LEAD_TIME_DAYS).plusHours(1));

        assertThat(stage).isWaitingAt(CONFIRM, FOLLOW_UP, INTERVENE);
        assertThat(onlyTask(stage, FOLLOW_UP)).isAssignedTo(OFFICER);
        assertThat(onlyTask(stage, INTERVENE)).hasCandidateGroup("agency-directors");

        submit(onlyTask(stage, INTERVENE), Map.of());
        submit(onlyTask(stage, FOLLOW_UP), Map.of());

        assertThat(stage).isWaitingAt(CONFIRM).isNotEnded();
        answer(stage, EmbassyAnswer.CONFIRMED);
        assertThat(stage).isEnded().hasPassed("EndEvent_HostArrangementsConfirmed");
    }

    @Test
    void theEmbassysAnswerClosesTheRemindersStillOpen() {
        ProcessInstance stage = startEmbassyCoordination();
        timePasses(stage, Duration.ofDays(2L * LEAD_TIME_DAYS).plusHours(1));
        assertThat(stage).isWaitingAt(CONFIRM, FOLLOW_UP, INTERVENE);

        answer(stage, EmbassyAnswer.CHANGES_REQUESTED);

        assertThat(stage).isWaitingAt(REVISE);
        assertThat(openTasks(stage, FOLLOW_UP)).isEmpty();
        assertThat(openTasks(stage, INTERVENE)).isEmpty();
        assertThat(stage).hasNotPassed("EndEvent_OfficerFollowedUp", "EndEvent_DirectorIntervened");
    }

    @Test
    void theConfirmationMessageClosesTheRemindersStillOpen() {
        ProcessInstance stage = startEmbassyCoordination();
        timePasses(stage, Duration.ofDays(LEAD_TIME_DAYS).plusHours(1));
        assertThat(stage).isWaitingAt(CONFIRM, FOLLOW_UP);

        confirmByMessage(stage);

        assertThat(stage).isEnded().hasPassed("EndEvent_HostArrangementsConfirmed");
        assertThat(taskQuery().processInstanceId(stage.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(stage.getId()).count()).as("the escalation timer is gone").isZero();
        assertThat(stage).variables().containsEntry(DelegationVariables.HOST_DECLINED, false);
    }
}
