package org.safar.travel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * The officer's "Record ticket and visa", one per member and named after them: completed only with
 * the member's flight, ticket and visa. A member withdrawn meanwhile has the task closed without them.
 */
@Component
class RecordTicketAndVisaTask implements TaskListener, FormContext {

    private final TravelForms forms;
    private final TravelService travel;
    private final MemberTasks memberTasks;
    private final FormVariables variables;

    RecordTicketAndVisaTask(TravelForms forms, TravelService travel, MemberTasks memberTasks,
            FormVariables variables) {
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
            memberTasks.nameAfterMember(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            travel.recordTicket(delegationId, memberId, variables.text(task, TravelVariables.FLIGHT),
                    variables.text(task, TravelVariables.TICKET_NUMBER), variables.text(task, TravelVariables.VISA),
                    variables.text(task, TravelVariables.VISA_NUMBER), memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "recordTicketAndVisa";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showTicket(form, (Long) task.getVariable(DelegationVariables.DELEGATION_ID),
                (Long) task.getVariable(TravelVariables.MEMBER_ID));
    }
}
