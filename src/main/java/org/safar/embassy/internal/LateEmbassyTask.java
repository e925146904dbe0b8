package org.safar.embassy.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.TaskSubjects;
import org.safar.embassy.EmbassyForms;
import org.safar.embassy.EmbassyService;
import org.safar.embassy.EmbassyVariables;
import org.safar.embassy.FollowUpKind;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A task raised because the embassy is late, in its two kinds: the officer's reminder "Follow up with
 * the embassy" past the due date, and an agency director's "Intervene with the embassy" past twice the
 * lead time. Each shows the delegation and how long the embassy has been silent (the director also the
 * officer's follow-up), and records what its worker did. Completing it does not end the wait for the
 * embassy. The models name the two beans (embassy-coordination.bpmn).
 */
class LateEmbassyTask implements TaskListener, FormContext {

    private final FollowUpKind kind;
    private final String form;
    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    private LateEmbassyTask(FollowUpKind kind, String form, EmbassyForms forms, EmbassyService embassy,
            CurrentUser currentUser, FormVariables variables, TaskSubjects subjects) {
        this.kind = kind;
        this.form = form;
        this.forms = forms;
        this.embassy = embassy;
        this.currentUser = currentUser;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            embassy.followUp(subjects.of(task).delegationId(), kind,
                    variables.text(task, EmbassyVariables.FOLLOW_UP_NOTE), currentUser.actorOf(task));
        }
    }

    @Override
    public String form() {
        return form;
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showReminder(form, subjects.of(task).delegationId(), task.getCreateTime().toInstant());
    }

    @Configuration
    static class Beans {

        @Bean
        LateEmbassyTask followUpWithEmbassyTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
                FormVariables variables, TaskSubjects subjects) {
            return new LateEmbassyTask(FollowUpKind.REMINDER, "followUpWithEmbassy", forms, embassy, currentUser,
                    variables, subjects);
        }

        @Bean
        LateEmbassyTask interveneWithEmbassyTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
                FormVariables variables, TaskSubjects subjects) {
            return new LateEmbassyTask(FollowUpKind.ESCALATION, "interveneWithEmbassy", forms, embassy, currentUser,
                    variables, subjects);
        }
    }
}
