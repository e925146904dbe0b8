package org.safar.embassy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * An agency director's task "Intervene with the embassy", raised past twice the lead time: shows the
 * delegation, how long the embassy has been silent and the officer's follow-up, and records what the
 * director did. Completing it does not end the wait for the embassy.
 */
@Component
class InterveneWithEmbassyTask implements TaskListener {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final EmbassyTaskActor actor;
    private final FormVariables variables;

    InterveneWithEmbassyTask(EmbassyForms forms, EmbassyService embassy, EmbassyTaskActor actor,
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
            forms.fillReminder(task, delegationId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            embassy.followUp(delegationId, FollowUpKind.ESCALATION,
                    variables.text(task, EmbassyVariables.FOLLOW_UP_NOTE), actor.of(task));
        }
    }
}
