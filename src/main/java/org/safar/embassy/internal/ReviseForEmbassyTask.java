package org.safar.embassy.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.embassy.EmbassyForms;
import org.safar.embassy.EmbassyService;
import org.safar.embassy.EmbassyVariables;
import org.safar.embassy.Revision;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.springframework.stereotype.Component;

/**
 * The officer's task "Revise for the embassy": shows what the embassy asked for beside the delegation's dates
 * and members, and applies what the officer changed (new dates, members withdrawn) before the next request.
 */
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
            embassy.revise(delegationId, new Revision(variables.text(task, EmbassyVariables.REVISION),
                    variables.date(task, DelegationVariables.DEPARTURE_DATE),
                    variables.date(task, DelegationVariables.RETURN_DATE),
                    memberIds(variables.texts(task, EmbassyVariables.WITHDRAWN_MEMBERS)),
                    variables.text(task, EmbassyVariables.WITHDRAWAL_REASON)), currentUser.actorOf(task));
        }
    }

    /** The members chosen in the form, by the ids its options carry; the delegation is the task's own. */
    private static List<Long> memberIds(List<String> chosen) {
        try {
            return chosen.stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(EmbassyVariables.WITHDRAWN_MEMBERS, Rule.ONE_OF,
                    ApiMessages.text("changeDelegation.chooseFromList"));
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
