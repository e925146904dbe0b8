package org.safar.delegation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.springframework.stereotype.Component;

/**
 * "Open delegation": a delegation started from Tasklist exists only as the title on its start form,
 * so it is opened here as a draft that the officer then nominates. One opened through the API
 * already exists and is left as it is.
 */
@Component
class OpenDelegationDelegate implements JavaDelegate {

    private final DelegationService delegations;

    OpenDelegationDelegate(DelegationService delegations) {
        this.delegations = delegations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.hasVariable(DelegationVariables.DELEGATION_ID)) {
            return;
        }
        String title = (String) execution.getVariable(DelegationVariables.TITLE);
        String officer = (String) execution.getVariable(DelegationVariables.NOMINATED_BY);
        Delegation draft = delegations.openDraft(title, officer);
        execution.setVariable(DelegationVariables.DELEGATION_ID, draft.getId());
        // The title is the Delegation's from now on; a copy among the process variables would go stale.
        execution.removeVariable(DelegationVariables.TITLE);
        execution.setProcessBusinessKey(draft.getReference());
    }
}
