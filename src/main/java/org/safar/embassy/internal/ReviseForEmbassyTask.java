package org.safar.embassy.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.TaskSubjects;
import org.safar.embassy.EmbassyForms;
import org.safar.embassy.EmbassyService;
import org.safar.embassy.EmbassyVariables;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/** The officer's task "Revise for the embassy": shows what the embassy asked for and records what was changed. */
@Component
class ReviseForEmbassyTask implements TaskListener, FormContext {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ReviseForEmbassyTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
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
            embassy.revise(delegationId, variables.text(task, EmbassyVariables.REVISION), currentUser.actorOf(task));
        }
    }

    @Override
    public String form() {
        return "reviseForEmbassy";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showRevision(form, subjects.of(task).delegationId());
    }
}
