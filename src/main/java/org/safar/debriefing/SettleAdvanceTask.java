package org.safar.debriefing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safar.delegation.DelegationVariables;
import org.safar.travel.DynamicListInput;
import org.safar.travel.MemberTasks;
import org.springframework.stereotype.Component;

/** Finance's "Settle advance": shows each member's advance, takes their actual expenses, records the difference. */
@Component
class SettleAdvanceTask implements TaskListener {

    private final DebriefingForms forms;
    private final AdvanceSettlementService settlements;
    private final DynamicListInput input;
    private final MemberTasks memberTasks;

    SettleAdvanceTask(DebriefingForms forms, AdvanceSettlementService settlements, DynamicListInput input,
            MemberTasks memberTasks) {
        this.forms = forms;
        this.settlements = settlements;
        this.input = input;
        this.memberTasks = memberTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillSettlement(task, delegationId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            settlements.settle(delegationId, input.rows(task, DebriefingVariables.EXPENSES).stream()
                    .map(row -> new ExpenseEntry(row.path(), row.id("memberId"), row.amount("actualExpensesUsd")))
                    .toList(), memberTasks.actor(task));
        }
    }
}
