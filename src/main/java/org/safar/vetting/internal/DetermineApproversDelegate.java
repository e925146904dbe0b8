package org.safar.vetting.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.safar.delegation.DelegationVariables;
import org.safar.vetting.VettingService;
import org.safar.vetting.VettingVariables;
import org.springframework.stereotype.Component;

/** "Determine approvers": the groups that {@code approval-routing.dmn} names, in turn. */
@Component
class DetermineApproversDelegate implements JavaDelegate {

    private final VettingService vetting;

    DetermineApproversDelegate(VettingService vetting) {
        this.vetting = vetting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long delegationId = (Long) execution.getVariable(DelegationVariables.DELEGATION_ID);
        execution.setVariable(VettingVariables.APPROVER_GROUPS, Variables.objectValue(vetting.approverGroups(delegationId))
                .serializationDataFormat(SerializationDataFormats.JSON).create());
    }
}
