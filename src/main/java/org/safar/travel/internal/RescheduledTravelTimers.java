package org.safar.travel.internal;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.safar.delegation.DelegationRescheduled;
import org.safar.travel.TravelSchedule;
import org.safar.travel.TravelVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the timers of {@code travel.bpmn} that wait for the delegation's departure and return day when its
 * dates change. The engine evaluates a timer's date once, as the timer is created; recalculating the job
 * evaluates the model's own expression ({@code travelSchedule.departure}, {@code .returnDate}) again, so
 * the rule for the day stays in one place and reads the delegation's new dates. Runs in the transaction
 * that reschedules: the dates and the timers commit together. The monthly check-in cycle is left alone,
 * it counts from the departure that already happened; debriefing's timers exist only after the return,
 * when a delegation can no longer be rescheduled. The tickets are due by the departure, so their open
 * tasks' due dates move with it.
 */
@Component
class RescheduledTravelTimers {

    static final List<String> DATED_TIMERS = List.of("IntermediateCatchEvent_Departure",
            "IntermediateCatchEvent_Return", "IntermediateCatchEvent_InternsReturn");

    static final String TICKET_TASK = "UserTask_RecordTicketAndVisa";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final TravelSchedule schedule;

    RescheduledTravelTimers(RuntimeService runtime, ManagementService management, TaskService tasks,
            TravelSchedule schedule) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.schedule = schedule;
    }

    @EventListener
    void move(DelegationRescheduled rescheduled) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(rescheduled.reference())
                .processDefinitionKey(TravelVariables.PROCESS_KEY).list()
                .forEach(travel -> DATED_TIMERS.forEach(activity -> management.createJobQuery().timers()
                        .processInstanceId(travel.getId()).activityId(activity).list().stream()
                        .map(Job::getId)
                        .forEach(jobId -> management.recalculateJobDuedate(jobId, false))));
        tasks.createTaskQuery().processInstanceBusinessKey(rescheduled.reference())
                .processDefinitionKey(TravelVariables.PROCESS_KEY).taskDefinitionKey(TICKET_TASK).list()
                .forEach(ticket -> {
                    ticket.setDueDate(schedule.departure(rescheduled.delegationId()));
                    tasks.saveTask(ticket);
                });
    }
}
