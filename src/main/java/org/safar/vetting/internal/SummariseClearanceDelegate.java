package org.safar.vetting.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.DelegationVariables;
import org.safar.vetting.VettingService;
import org.springframework.stereotype.Component;

/** "Summarise clearance": vetting passes so far only if every member was cleared. */
@Component
class SummariseClearanceDelegate implements JavaDelegate {

    private final VettingService vetting;

    SummariseClearanceDelegate(VettingService vetting) {
        this.vetting = vetting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        execution.setVariable(DelegationVariables.VETTING_PASSED, vetting.allCleared(delegationId));
    }
}
