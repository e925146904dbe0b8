package org.safar.funding.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.funding.FundingService;
import org.springframework.stereotype.Component;

/** "Estimate trip cost": prices every member's stay with {@code per-diem.dmn} and keeps the estimate. */
@Component
class EstimateTripCostDelegate implements JavaDelegate {

    private final FundingService funding;

    EstimateTripCostDelegate(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        funding.estimate((Long) execution.getVariable(DelegationVariables.DELEGATION_ID));
    }
}
