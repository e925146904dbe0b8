package org.safar.debriefing;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safar.delegation.MemberWithdrawn;
import org.safar.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member withdrawn while "Settle advance" is open drops out of its rows: only the members still in
 * the group are settled.
 */
@Component
class SettlementFormRefresh {

    static final String SETTLE_ADVANCE = "UserTask_SettleAdvance";

    private final TaskService tasks;
    private final DebriefingForms forms;
    private final CurrentUser currentUser;

    SettlementFormRefresh(TaskService tasks, DebriefingForms forms, CurrentUser currentUser) {
        this.tasks = tasks;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @EventListener
    void memberWithdrawn(MemberWithdrawn event) {
        currentUser.asSafar(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(event.delegationId().toString())
                    .taskDefinitionKey(SETTLE_ADVANCE).list()) {
                tasks.setVariableLocal(task.getId(), DebriefingVariables.EXPENSES,
                        forms.expenseRows(event.delegationId()));
            }
            return null;
        });
    }
}
