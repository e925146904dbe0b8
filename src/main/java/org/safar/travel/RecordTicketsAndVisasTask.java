package org.safar.travel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safar.delegation.DelegationVariables;
import org.safar.travel.DynamicListInput.Row;
import org.springframework.stereotype.Component;

/**
 * The officer's task "Record tickets and visas": prefilled with one row per member, it is completed
 * only when every member's flight, ticket and visa are recorded.
 */
@Component
class RecordTicketsAndVisasTask implements TaskListener {

    private final TravelForms forms;
    private final TravelService travel;
    private final DynamicListInput input;
    private final MemberTasks memberTasks;

    RecordTicketsAndVisasTask(TravelForms forms, TravelService travel, DynamicListInput input,
            MemberTasks memberTasks) {
        this.forms = forms;
        this.travel = travel;
        this.input = input;
        this.memberTasks = memberTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            forms.fillTickets(task, delegationId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            travel.recordTickets(delegationId, input.rows(task, TravelVariables.TICKETS).stream()
                    .map(RecordTicketsAndVisasTask::entry).toList(), memberTasks.actor(task));
        }
    }

    private static TicketEntry entry(Row row) {
        return new TicketEntry(row.path(), row.id("memberId"), row.text("flight"), row.text("ticketNumber"),
                row.text("visa"), row.text("visaNumber"));
    }
}
