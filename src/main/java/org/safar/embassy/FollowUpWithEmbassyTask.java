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
 * The officer's reminder "Follow up with the embassy", raised past the due date: shows the delegation
 * and how long the embassy has been silent, and records what the officer did. Completing it does not
 * end the wait for the embassy.
 */
@Component
class FollowUpWithEmbassyTask implements TaskListener, FormContext {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    FollowUpWithEmbassyTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
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
            embassy.followUp(delegationId, FollowUpKind.REMINDER,
                    variables.text(task, EmbassyVariables.FOLLOW_UP_NOTE), currentUser.actorOf(task));
        }
    }

    @Override
    public String form() {
        return "followUpWithEmbassy";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showReminder(form, subjects.of(task).delegationId(),
                task.getCreateTime().toInstant());
    }
}
