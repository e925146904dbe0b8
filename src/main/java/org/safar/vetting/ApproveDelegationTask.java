package org.safar.vetting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * The task "Approve delegation", one per approver group in turn: shows the delegation and why this
 * group approves, and records the decision (ConflictOfInterest keeps out anyone who nominated or
 * belongs to it).
 */
@Component
class ApproveDelegationTask implements TaskListener, FormContext {

    private final VettingForms forms;
    private final VettingService vetting;
    private final CurrentUser currentUser;
    private final FormVariables variables;

    ApproveDelegationTask(VettingForms forms, VettingService vetting, CurrentUser currentUser,
            FormVariables variables) {
        this.forms = forms;
        this.vetting = vetting;
        this.currentUser = currentUser;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
            String group = (String) task.getVariable(VettingVariables.APPROVER_GROUP);
            task.getExecution().setVariable(DelegationVariables.VETTING_PASSED,
                    vetting.decide(delegationId, group, variables.text(task, VettingVariables.APPROVAL),
                            variables.text(task, VettingVariables.APPROVAL_REASON), currentUser.actorOf(task)));
        }
    }

    @Override
    public String form() {
        return "approveDelegation";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showApproval(form, (Long) task.getVariable(DelegationVariables.DELEGATION_ID),
                (String) task.getVariable(VettingVariables.APPROVER_GROUP));
    }
}
