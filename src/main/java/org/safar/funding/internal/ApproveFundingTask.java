package org.safar.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.funding.FundingForms;
import org.safar.funding.FundingService;
import org.safar.funding.FundingVariables;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/** The task "Approve funding": shows the estimate and the reservation, and records finance's decision. */
@Component
class ApproveFundingTask implements TaskListener, FormContext {

    private final FundingForms forms;
    private final FundingService funding;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ApproveFundingTask(FundingForms forms, FundingService funding, CurrentUser currentUser,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.funding = funding;
        this.currentUser = currentUser;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = subjects.of(task).delegationId();
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.getExecution().setVariable(DelegationVariables.FUNDING_APPROVED, funding.decide(delegationId,
                    variables.text(task, FundingVariables.FUNDING_DECISION),
                    variables.text(task, FundingVariables.FUNDING_REFUSAL_REASON), currentUser.actorOf(task)));
        }
    }

    @Override
    public String form() {
        return "approveFunding";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showApproval(form, subjects.of(task).delegationId());
    }
}
