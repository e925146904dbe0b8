package org.safar.delegation.internal;

import static org.safar.delegation.DelegationVariables.CANCEL;
import static org.safar.delegation.DelegationVariables.CHANGE_KIND;
import static org.safar.delegation.DelegationVariables.CHANGE_REASON;
import static org.safar.delegation.DelegationVariables.CHOSEN_DELEGATION;
import static org.safar.delegation.DelegationVariables.CHOSEN_MEMBER;
import static org.safar.delegation.DelegationVariables.DELEGATION_OPTIONS;
import static org.safar.delegation.DelegationVariables.MEMBER_OPTIONS;
import static org.safar.delegation.DelegationVariables.WITHDRAW_MEMBER;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.CancellationService;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.Stage;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task "Change a delegation", how an officer cancels a delegation or withdraws a member from
 * Tasklist: the form offers the open delegations and their members as lists; on completion the
 * change is made exactly as through the API.
 */
@Component
class ChangeDelegationTask implements TaskListener, FormContext {

    private final DelegationRepository delegations;
    private final DelegationService delegationService;
    private final CancellationService cancellations;
    private final FormVariables variables;

    ChangeDelegationTask(DelegationRepository delegations, DelegationService delegationService,
            CancellationService cancellations, FormVariables variables) {
        this.delegations = delegations;
        this.delegationService = delegationService;
        this.cancellations = cancellations;
        this.variables = variables;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            apply(task, task.getAssignee());
        }
    }

    @Override
    public String form() {
        return "changeDelegation";
    }

    /** The open delegations and their members to choose from. */
    @Override
    @Transactional(readOnly = true)
    public void show(DelegateTask task, VariableMap form) {
        List<Delegation> open = delegations.findInStages(Stage.open());
        form.put(DELEGATION_OPTIONS, variables.json(open.stream()
                .map(d -> new FormOption(d.getTitle() + " — " + d.getStage().name().toLowerCase(),
                        d.getId().toString()))
                .toList()));
        form.put(MEMBER_OPTIONS, variables.json(open.stream()
                .flatMap(d -> d.getActiveMembers().stream().map(m -> new FormOption(
                        delegationService.staffOf(m).getFullName() + " — " + d.getTitle(),
                        d.getId() + ":" + m.getId())))
                .toList()));
    }

    private void apply(DelegateTask task, String officer) {
        String reason = variables.text(task, CHANGE_REASON);
        String kind = variables.text(task, CHANGE_KIND);
        if (CANCEL.equals(kind)) {
            cancellations.requestCancellation(id(variables.text(task, CHOSEN_DELEGATION), CHOSEN_DELEGATION), reason,
                    officer);
        } else if (WITHDRAW_MEMBER.equals(kind)) {
            String[] choice = String.valueOf(variables.text(task, CHOSEN_MEMBER)).split(":");
            if (choice.length != 2) {
                throw new InvalidRequestException(CHOSEN_MEMBER, "required", "Choose the member to withdraw");
            }
            delegationService.withdrawMember(id(choice[0], CHOSEN_MEMBER), id(choice[1], CHOSEN_MEMBER), reason,
                    officer);
        } else {
            throw new InvalidRequestException(CHANGE_KIND, "required", "Choose what to change");
        }
    }

    private static Long id(String value, String field) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidRequestException(field, "required", "Choose from the list");
        }
    }
}
