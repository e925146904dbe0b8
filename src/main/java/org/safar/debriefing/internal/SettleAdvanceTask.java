package org.safar.debriefing.internal;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.debriefing.AdvanceSettlementService;
import org.safar.debriefing.DebriefingForms;
import org.safar.debriefing.DebriefingVariables;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.delegation.MemberTasks;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Finance's "Settle advance", one per member and named after them: shows the member's advance, takes
 * their actual expenses, records the difference. A member withdrawn meanwhile has the task closed
 * without being settled.
 */
@Component
class SettleAdvanceTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final AdvanceSettlementService settlements;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    SettleAdvanceTask(DebriefingForms forms, AdvanceSettlementService settlements, MemberTasks memberTasks,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.settlements = settlements;
        this.memberTasks = memberTasks;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        Long delegationId = subject.delegationId();
        Long memberId = subject.requireMember();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            memberTasks.nameAfterMember(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            settlements.settle(delegationId, memberId,
                    amount(variables.text(task, DebriefingVariables.ACTUAL_EXPENSES_USD)), memberTasks.actor(task));
        }
    }

    /** The form's number field arrives as a Long or a Double, a REST client may send a string. */
    private static BigDecimal amount(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(DebriefingVariables.ACTUAL_EXPENSES_USD, "number",
                    ApiMessages.text("settlement.notAnAmount", text));
        }
    }

    @Override
    public String form() {
        return "settleAdvance";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showSettlement(form, subject.delegationId(), subject.memberId());
    }
}
