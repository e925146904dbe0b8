package org.safar.delegation.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.CancellationService;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.i18n.GeneratedTexts;
import org.safar.identity.CurrentUser;
import org.safar.programme.Programme;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embassy liaison's task "Inform the host of the cancellation": shows what was cancelled and why,
 * and records with the delegation what the liaison told the host.
 */
@Component
class InformHostOfCancellationTask implements TaskListener, FormContext {

    record CancelledDelegation(String title, String programme, String hostInstitution, String dates, int members,
            String reason, String cancelledBy) {
    }

    private final DelegationService delegations;
    private final CancellationService cancellations;
    private final FormVariables variables;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;
    private final GeneratedTexts texts;

    InformHostOfCancellationTask(DelegationService delegations, CancellationService cancellations,
            FormVariables variables, TaskSubjects subjects, CurrentUser currentUser, GeneratedTexts texts) {
        this.delegations = delegations;
        this.cancellations = cancellations;
        this.variables = variables;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            cancellations.recordHostInformed(subjects.of(task).delegationId(),
                    variables.text(task, DelegationVariables.HOST_INFORMED_NOTE), currentUser.actorOf(task));
        }
    }

    @Override
    public String form() {
        return "informHostOfCancellation";
    }

    @Override
    @Transactional(readOnly = true)
    public void show(DelegateTask task, VariableMap form) {
        Delegation d = delegations.get(subjects.of(task).delegationId());
        Programme p = delegations.programmeOf(d);
        form.put(DelegationVariables.CANCELLED_DELEGATION, variables.json(new CancelledDelegation(d.getTitle(),
                p.getTitle(), p.getHostInstitution(), texts.dates(d.getDepartureDate(), d.getReturnDate()),
                d.getActiveMembers().size(), d.getClosingReason(), texts.person(d.getCancelledBy()))));
    }
}
