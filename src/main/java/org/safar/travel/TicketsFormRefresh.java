package org.safar.travel;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safar.delegation.MemberWithdrawn;
import org.safar.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member withdrawn while "Record tickets and visas" is open drops out of its rows, so that the
 * officer is not asked to book someone who no longer travels.
 */
@Component
class TicketsFormRefresh {

    static final String RECORD_TICKETS_AND_VISAS = "UserTask_RecordTicketsAndVisas";

    private final TaskService tasks;
    private final TravelForms forms;
    private final CurrentUser currentUser;

    TicketsFormRefresh(TaskService tasks, TravelForms forms, CurrentUser currentUser) {
        this.tasks = tasks;
        this.forms = forms;
        this.currentUser = currentUser;
    }

    @EventListener
    void memberWithdrawn(MemberWithdrawn event) {
        currentUser.asSafar(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(event.delegationId().toString())
                    .taskDefinitionKey(RECORD_TICKETS_AND_VISAS).list()) {
                tasks.setVariableLocal(task.getId(), TravelVariables.TICKETS, forms.ticketRows(event.delegationId()));
            }
            return null;
        });
    }
}
