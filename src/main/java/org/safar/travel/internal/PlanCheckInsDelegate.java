package org.safar.travel.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.travel.TravelService;
import org.safar.travel.TravelVariables;
import org.springframework.stereotype.Component;

/** "Plan monthly check-ins": whether the members stay abroad long enough to check in every 30 days. */
@Component
class PlanCheckInsDelegate implements JavaDelegate {

    private final TravelService travel;

    PlanCheckInsDelegate(TravelService travel) {
        this.travel = travel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        execution.setVariable(TravelVariables.MONTHLY_CHECK_INS, travel.needsMonthlyCheckIns(delegationId));
    }
}
