package org.safar.funding.internal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.funding.FundingService;
import org.safar.funding.FundingVariables;
import org.safar.i18n.GeneratedTexts;
import org.springframework.stereotype.Component;

/** "Reserve budget": holds the delegation's own-budget cost on a line; a shortfall goes to finance. */
@Component
class ReserveBudgetDelegate implements JavaDelegate {

    private final FundingService funding;

    ReserveBudgetDelegate(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        if (!funding.reserve(delegationId)) {
            throw new BpmnError(FundingVariables.ERROR_BUDGET_SHORTFALL, 
                    GeneratedTexts.inEnglish(funding.get(delegationId).getShortfall()));
        }
    }
}
