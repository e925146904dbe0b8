package org.safar.debriefing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.travel.MemberTasks;
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

    ReviewTripReportTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
            FormVariables variables) {
        this.forms = forms;
        this.debriefing = debriefing;
        this.memberTasks = memberTasks;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        Long memberId = (Long) task.getVariable(DebriefingVariables.MEMBER_ID);
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
        forms.showReport(form, (Long) task.getVariable(DelegationVariables.DELEGATION_ID),
                (Long) task.getVariable(DebriefingVariables.MEMBER_ID));
    }
}
