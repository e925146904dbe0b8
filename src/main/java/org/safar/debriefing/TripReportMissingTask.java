package org.safar.debriefing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.travel.MemberTasks;
import org.springframework.stereotype.Component;

/** "Trip report missing": the department head hears of a report 21 days late and notes what they did. */
@Component
class TripReportMissingTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;

    TripReportMissingTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
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
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            memberTasks.nameAfterMember(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            debriefing.noteMissing(delegationId, memberId, variables.text(task, DebriefingVariables.MISSING_NOTE),
                    memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "tripReportMissing";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showReport(form, (Long) task.getVariable(DelegationVariables.DELEGATION_ID),
                (Long) task.getVariable(DebriefingVariables.MEMBER_ID));
    }
}
