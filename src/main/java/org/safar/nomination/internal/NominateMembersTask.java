package org.safar.nomination.internal;

import static org.safar.nomination.NominationVariables.CHOSEN_MEMBERS;
import static org.safar.nomination.NominationVariables.CHOSEN_PROGRAMME;
import static org.safar.nomination.NominationVariables.DECISION;
import static org.safar.nomination.NominationVariables.DECISION_WITHDRAW;
import static org.safar.nomination.NominationVariables.WITHDRAWAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.nomination.NominationForm;
import org.safar.nomination.NominationService;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The task "Nominate members": on creation it fills the form with the programmes, the staff registry
 * and what was wrong with the last nomination; on completion it applies the officer's choice.
 */
@Component
class NominateMembersTask implements TaskListener, FormContext {

    private final NominationForm form;
    private final NominationService nominations;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    NominateMembersTask(NominationForm form, NominationService nominations,
            FormVariables variables, TaskSubjects subjects) {
        this.form = form;
        this.nominations = nominations;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = subjects.of(task).delegationId();
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            boolean withdrawn = DECISION_WITHDRAW.equals(variables.text(task, DECISION));
            if (withdrawn) {
                nominations.withdraw(delegationId, variables.text(task, WITHDRAWAL_REASON));
            } else {
                nominations.compose(delegationId, id(variables.text(task, CHOSEN_PROGRAMME)),
                        variables.texts(task, CHOSEN_MEMBERS).stream().map(NominateMembersTask::id).toList());
            }
            task.getExecution().setVariable(DelegationVariables.NOMINATION_WITHDRAWN, withdrawn);
        }
    }

    @Override
    public String form() {
        return "nominateMembers";
    }

    @Override
    public void show(DelegateTask task, VariableMap values) {
        form.show(values, subjects.of(task).delegationId());
    }

    private static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(CHOSEN_MEMBERS, "reference", ApiMessages.text("notAnId", value));
        }
    }
}
