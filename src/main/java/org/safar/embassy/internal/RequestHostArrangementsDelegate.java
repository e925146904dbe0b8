package org.safar.embassy.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.embassy.EmbassyService;
import org.springframework.stereotype.Component;

/** "Request host arrangements": a new request round, for the liaison group of the host country. */
@Component
class RequestHostArrangementsDelegate implements JavaDelegate {

    private final EmbassyService embassy;

    RequestHostArrangementsDelegate(EmbassyService embassy) {
        this.embassy = embassy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        execution.setVariable(DelegationVariables.LIAISON_GROUP, embassy.request(delegationId).getLiaisonGroup());
    }
}
