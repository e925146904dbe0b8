package org.safar.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.funding.FundingForms;
import org.safar.funding.FundingService;
import org.safar.funding.FundingVariables;
import org.safar.funding.ShortfallResolution;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * The task "Resolve budget shortfall": shows why the line fell short with the lines and members to
 * choose from, and applies finance's answer: another line, fewer members, or a refusal.
 */
@Component
class ResolveBudgetShortfallTask implements TaskListener, FormContext {

    private final FundingForms forms;
    private final FundingService funding;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ResolveBudgetShortfallTask(FundingForms forms, FundingService funding, CurrentUser currentUser,
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
            ShortfallResolution resolution = funding.resolveShortfall(delegationId,
                    variables.text(task, FundingVariables.RESOLUTION),
                    variables.text(task, FundingVariables.OTHER_BUDGET_LINE),
                    variables.texts(task, FundingVariables.MEMBERS_TO_WITHDRAW),
                    variables.text(task, FundingVariables.WITHDRAWAL_REASON),
                    variables.text(task, FundingVariables.REFUSAL_REASON), currentUser.actorOf(task));
            task.getExecution().setVariable(FundingVariables.SHORTFALL_RESOLUTION, resolution.name());
            if (resolution == ShortfallResolution.REFUSE) {
                task.getExecution().setVariable(DelegationVariables.FUNDING_APPROVED, false);
            }
        }
    }

    @Override
    public String form() {
        return "resolveBudgetShortfall";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showShortfall(form, subjects.of(task).delegationId());
    }
}
