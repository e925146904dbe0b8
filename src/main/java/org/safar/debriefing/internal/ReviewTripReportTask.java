package org.safar.debriefing.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.debriefing.DebriefingForms;
import org.safar.debriefing.DebriefingService;
import org.safar.debriefing.DebriefingVariables;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.delegation.MemberTasks;
import org.springframework.stereotype.Component;

/**
 * The department head's "Review trip report": accept it, or send it back for rework with a reason.
 * Nobody reviews their own report, whether they claim the task or complete it.
 */
@Component
class ReviewTripReportTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ReviewTripReportTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.debriefing = debriefing;
        this.memberTasks = memberTasks;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        Long delegationId = subject.delegationId();
        Long memberId = subject.requireMember();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> memberTasks.nameAfterMember(task, delegationId, memberId);
            case EVENTNAME_ASSIGNMENT -> debriefing.assertNotOwnReport(delegationId, memberId, task.getAssignee());
            case EVENTNAME_COMPLETE -> task.getExecution().setVariable(DebriefingVariables.REPORT_STATUS,
                    debriefing.review(delegationId, memberId, variables.text(task, DebriefingVariables.REVIEW_DECISION),
                            variables.text(task, DebriefingVariables.REWORK_REASON), memberTasks.actor(task)));
            default -> {
            }
        }
    }

    @Override
    public String form() {
        return "reviewTripReport";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showReport(form, subject.delegationId(), subject.memberId());
    }
}
