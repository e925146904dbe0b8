package org.safar.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.funding.FundingService;
import org.safar.funding.ReleaseCause;
import org.springframework.stereotype.Component;

/**
 * "Release budget reservation": gives back what the delegation still holds, and nothing if it holds
 * nothing. Runs in {@code funding.bpmn} when finance refuses, and in {@code delegation.bpmn} as the
 * compensation of an approved funding when the delegation is cancelled; {@code fundingApproved}
 * tells the two apart.
 */
@Component
class ReleaseReservationDelegate implements JavaDelegate {

    private final FundingService funding;

    ReleaseReservationDelegate(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        boolean approved = Boolean.TRUE.equals(execution.getVariable(DelegationVariables.FUNDING_APPROVED));
        funding.release(delegationId, approved ? ReleaseCause.DELEGATION_CANCELLED : ReleaseCause.FUNDING_REFUSED);
    }
}
