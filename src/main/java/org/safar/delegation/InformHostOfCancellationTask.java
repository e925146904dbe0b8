package org.safar.delegation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The embassy liaison's task "Inform the host of the cancellation": shows what was cancelled and why. */
@Component
class InformHostOfCancellationTask implements FormContext {

    record CancelledDelegation(String title, String programme, String hostInstitution, String dates, int members,
            String reason, String cancelledBy) {
    }

    private final DelegationService delegations;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    InformHostOfCancellationTask(DelegationService delegations, FormVariables variables, TaskSubjects subjects) {
        this.delegations = delegations;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public String form() {
        return "informHostOfCancellation";
    }

    @Override
    @Transactional(readOnly = true)
    public void show(DelegateTask task, VariableMap form) {
        Delegation d = delegations.get(subjects.of(task).delegationId());
        form.put(DelegationVariables.CANCELLED_DELEGATION, variables.json(new CancelledDelegation(d.getTitle(),
                d.getProgramme().getTitle(), d.getProgramme().getHostInstitution(),
                d.getProgramme().getStartDate() + " – " + d.getProgramme().getEndDate(), d.getActiveMembers().size(),
                d.getClosingReason(), d.getCancelledBy())));
    }
}
