package org.safar.delegation.internal;

import static org.safar.delegation.DelegationVariables.CHANGE_KIND;
import static org.safar.delegation.DelegationVariables.CHANGE_REASON;
import static org.safar.delegation.DelegationVariables.CHOSEN_DELEGATION;
import static org.safar.delegation.DelegationVariables.CHOSEN_MEMBER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.StartFormContext;
import org.springframework.stereotype.Component;

/**
 * "Make the change" of the process "Change a delegation": makes the change the officer chose on the start
 * form at once ({@link DelegationChanges} checks it all again), and offers the start form its choices.
 */
@Component("changeDelegation")
class ChangeDelegationDelegate implements JavaDelegate, StartFormContext {

    private final DelegationChanges changes;

    ChangeDelegationDelegate(DelegationChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.apply(text(execution.getVariable(CHANGE_KIND)), text(execution.getVariable(CHOSEN_DELEGATION)),
                text(execution.getVariable(CHOSEN_MEMBER)), text(execution.getVariable(CHANGE_REASON)));
    }

    @Override
    public String form() {
        return "requestDelegationChange";
    }

    @Override
    public Map<String, List<FormOption>> options() {
        return changes.options();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
