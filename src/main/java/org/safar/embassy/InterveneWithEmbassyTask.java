package org.safar.embassy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.TaskSubjects;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * An agency director's task "Intervene with the embassy", raised past twice the lead time: shows the
 * delegation, how long the embassy has been silent and the officer's follow-up, and records what the
 * director did. Completing it does not end the wait for the embassy.
 */
@Component
class InterveneWithEmbassyTask implements TaskListener, FormContext {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    InterveneWithEmbassyTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.embassy = embassy;
        this.currentUser = currentUser;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = subjects.of(task).delegationId();
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            embassy.followUp(delegationId, FollowUpKind.ESCALATION,
                    variables.text(task, EmbassyVariables.FOLLOW_UP_NOTE), currentUser.actorOf(task));
        }
    }

    @Override
    public String form() {
        return "interveneWithEmbassy";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showReminder(form, subjects.of(task).delegationId(),
                task.getCreateTime().toInstant());
    }
}
