package org.safar.debriefing.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.safar.debriefing.DebriefingService;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.TaskOverdue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Remind the participant" at the report's due date: the participant's open "Submit trip report" is
 * marked overdue in its name and raised in priority, so that it stands out in their Tasklist, and the
 * participant is reminded.
 */
@Component
public class MarkReportOverdueDelegate implements JavaDelegate {

    /** The task in {@code debriefing.bpmn} whose timer this is. */
    static final String SUBMIT_TRIP_REPORT = "UserTask_SubmitTripReport";
    static final String OVERDUE = " (overdue)";
    public static final int OVERDUE_PRIORITY = 80;

    private final DebriefingService debriefing;
    private final TaskSubjects subjects;
    private final ApplicationEventPublisher events;

    public MarkReportOverdueDelegate(DebriefingService debriefing, TaskSubjects subjects,
            ApplicationEventPublisher events) {
        this.debriefing = debriefing;
        this.subjects = subjects;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        Long memberId = (Long) execution.getVariable(DelegationVariables.MEMBER_ID);
        debriefing.markOverdue(delegationId, memberId);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(SUBMIT_TRIP_REPORT).list()) {
            if (subjects.find(task.getId()).map(TaskSubject::memberId).filter(memberId::equals).isPresent()
                    && !task.getName().endsWith(OVERDUE)) {
                task.setName(task.getName() + OVERDUE);
                task.setPriority(OVERDUE_PRIORITY);
                tasks.saveTask(task);
                events.publishEvent(new TaskOverdue(task.getId()));
            }
        }
    }
}
