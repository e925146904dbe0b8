package org.safar;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safar.delegation.DelegationVariables;

/**
 * The business key of a delegation's process instances, its reference (SAF-2027-0042), found from its id
 * as the lifecycle holds it, for tests that look the instances or their tasks up. Reads the engine of the
 * context under test (EngineOfTheTestedContext puts it in Camunda's registry).
 */
public final class BusinessKeys {

    private BusinessKeys() {
    }

    public static String of(long delegationId) {
        HistoricProcessInstance lifecycle = ProcessEngines.getDefaultProcessEngine().getHistoryService()
                .createHistoricProcessInstanceQuery().processDefinitionKey(DelegationVariables.PROCESS_KEY)
                .variableValueEquals(DelegationVariables.DELEGATION_ID, delegationId).singleResult();
        if (lifecycle == null) {
            throw new IllegalStateException("Delegation " + delegationId + " has no lifecycle");
        }
        return lifecycle.getBusinessKey();
    }
}
