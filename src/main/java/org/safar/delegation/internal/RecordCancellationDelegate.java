package org.safar.delegation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.delegation.CancellationService;
import org.safar.delegation.DelegationVariables;
import org.springframework.stereotype.Component;

/** "Record cancellation": the delegation ends as cancelled; tells the gateway whether the embassy must act. */
@Component
class RecordCancellationDelegate implements JavaDelegate {

    private final CancellationService cancellations;

    RecordCancellationDelegate(CancellationService cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String liaisonGroup = cancellations.record((Long) execution.getVariable(DelegationVariables.DELEGATION_ID),
                (String) execution.getVariable(CancellationService.REASON),
                (String) execution.getVariable(CancellationService.CANCELLED_BY));
        execution.setVariable(DelegationVariables.EMBASSY_INVOLVED, liaisonGroup != null);
        execution.setVariable(DelegationVariables.LIAISON_GROUP, liaisonGroup);
    }
}
