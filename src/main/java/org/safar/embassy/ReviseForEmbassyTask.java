package org.safar.embassy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/** The officer's task "Revise for the embassy": shows what the embassy asked for and records what was changed. */
@Component
class ReviseForEmbassyTask implements TaskListener {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final EmbassyTaskActor actor;
    private final FormVariables variables;

    ReviseForEmbassyTask(EmbassyForms forms, EmbassyService embassy, EmbassyTaskActor actor,
            FormVariables variables) {
        this.forms = forms;
        this.embassy = embassy;
        this.actor = actor;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillRevision(task, delegationId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            embassy.revise(delegationId, variables.text(task, EmbassyVariables.REVISION), actor.of(task));
        }
    }
}
