package org.safar.embassy.internal;

import static org.safar.embassy.EmbassyVariables.ACCOMMODATION;
import static org.safar.embassy.EmbassyVariables.AGENDA;
import static org.safar.embassy.EmbassyVariables.AIRPORT_PICKUP;
import static org.safar.embassy.EmbassyVariables.ANSWER;
import static org.safar.embassy.EmbassyVariables.CHANGE_KIND;
import static org.safar.embassy.EmbassyVariables.CHANGE_REASON;
import static org.safar.embassy.EmbassyVariables.DECLINE_REASON;
import static org.safar.embassy.EmbassyVariables.HOST_CONTACT;
import static org.safar.embassy.EmbassyVariables.VENUE;
import static org.safar.embassy.EmbassyVariables.VISA_SUPPORT_LETTER_ISSUED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.embassy.EmbassyAnswer;
import org.safar.embassy.EmbassyForms;
import org.safar.embassy.EmbassyReply;
import org.safar.embassy.EmbassyService;
import org.safar.embassy.EmbassyVariables;
import org.safar.embassy.HostArrangements;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;

/**
 * The task "Confirm host arrangements" of the host country's embassy liaison: shows the delegation,
 * its programme and members, records the answer and sets the flags that embassy coordination and
 * the lifecycle read.
 */
@Component
class ConfirmHostArrangementsTask implements TaskListener, FormContext {

    private final EmbassyForms forms;
    private final EmbassyService embassy;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ConfirmHostArrangementsTask(EmbassyForms forms, EmbassyService embassy, CurrentUser currentUser,
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
            EmbassyAnswer answer = embassy.answer(delegationId, reply(task), currentUser.actorOf(task));
            task.getExecution().setVariable(EmbassyVariables.EMBASSY_ANSWER, answer.name());
            task.getExecution().setVariable(DelegationVariables.HOST_DECLINED, answer == EmbassyAnswer.HOST_DECLINED);
        }
    }

    @Override
    public String form() {
        return "confirmHostArrangements";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showConfirmation(form, subjects.of(task).delegationId());
    }

    private EmbassyReply reply(DelegateTask task) {
        return new EmbassyReply(variables.text(task, ANSWER),
                new HostArrangements(variables.text(task, HOST_CONTACT), variables.text(task, VENUE),
                        variables.text(task, AGENDA), variables.text(task, ACCOMMODATION),
                        yesOrNo(variables.text(task, AIRPORT_PICKUP)),
                        yesOrNo(variables.text(task, VISA_SUPPORT_LETTER_ISSUED))),
                variables.text(task, CHANGE_KIND), variables.text(task, CHANGE_REASON),
                variables.text(task, DECLINE_REASON));
    }

    /** The form's yes/no radios submit "true" or "false"; a client may send a boolean. Anything else is no answer. */
    private static Boolean yesOrNo(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
    }
}
