package org.safar.delegation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safar.delegation.DelegationRescheduled;
import org.safar.delegation.DelegationVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the delegation's departure day on each of its process instances ({@value DelegationVariables#DEPARTS_ON}),
 * so that Tasklist lists tasks by departure, the next trip first (Safar's Tasklist script asks for that order
 * when the person chose none). Tasklist sorts by a variable of a task's own process instance, and every stage
 * is an instance of its own: the day is put on the instance as its first task is created, and moved on all of
 * them when the delegation is rescheduled. Only the list's order reads it; nothing decides by it.
 */
@Component
public class DepartureForSorting {

    private final RuntimeService runtime;
    private final Clock clock;

    DepartureForSorting(RuntimeService runtime, Clock clock) {
        this.runtime = runtime;
        this.clock = clock;
    }

    /** On the instance of a task being created, the delegation's departure, where it has one. */
    public void show(DelegateExecution execution, LocalDate departure) {
        if (departure == null) {
            return;
        }
        DelegateExecution instance = execution.getProcessInstance();
        Date day = day(departure);
        if (!Objects.equals(instance.getVariable(DelegationVariables.DEPARTS_ON), day)) {
            instance.setVariable(DelegationVariables.DEPARTS_ON, day);
        }
    }

    @EventListener
    void move(DelegationRescheduled rescheduled) {
        Date day = day(rescheduled.departure());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(rescheduled.reference()).list()
                .forEach(instance -> runtime.setVariable(instance.getId(), DelegationVariables.DEPARTS_ON, day));
    }

    private Date day(LocalDate departure) {
        return Date.from(departure.atStartOfDay(clock.getZone()).toInstant());
    }
}
