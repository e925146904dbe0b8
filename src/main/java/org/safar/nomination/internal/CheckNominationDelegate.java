package org.safar.nomination.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.nomination.NominationService;
import org.safar.nomination.NominationVariables;
import org.springframework.stereotype.Component;

/** "Check nomination": the group size and each nominee's eligibility. */
@Component
class CheckNominationDelegate implements JavaDelegate {

    private final NominationService nominations;

    CheckNominationDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        execution.setVariable(NominationVariables.NOMINATION_VALID, nominations.check(delegationId));
    }
}
