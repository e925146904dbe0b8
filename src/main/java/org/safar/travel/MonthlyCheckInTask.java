package org.safar.travel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/** An intern's "Monthly check-in": how they are, how the internship goes, what troubles them. */
@Component
class MonthlyCheckInTask implements TaskListener, FormContext {

    private final TravelForms forms;
    private final TravelService travel;
    private final MemberTasks memberTasks;
    private final FormVariables variables;

    MonthlyCheckInTask(TravelForms forms, TravelService travel, MemberTasks memberTasks, FormVariables variables) {
        this.forms = forms;
        this.travel = travel;
        this.memberTasks = memberTasks;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        Long memberId = (Long) task.getVariable(TravelVariables.MEMBER_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            memberTasks.nameForOthers(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            travel.recordCheckIn(delegationId, memberId, variables.text(task, TravelVariables.WELLBEING),
                    variables.text(task, TravelVariables.PROGRESS), variables.text(task, TravelVariables.ISSUES),
                    memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "monthlyCheckIn";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showCheckIn(form, (Long) task.getVariable(DelegationVariables.DELEGATION_ID),
                (Long) task.getVariable(TravelVariables.MEMBER_ID));
    }
}
