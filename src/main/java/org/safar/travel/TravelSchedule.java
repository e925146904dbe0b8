package org.safar.travel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.safar.delegation.DelegationService;
import org.springframework.stereotype.Component;

/**
 * When the delegation leaves and comes back, for the timers of {@code travel.bpmn} and
 * {@code debriefing.bpmn}: the delegation's departure and return day (its programme's, unless the embassy
 * asked for others), from the start of the day.
 */
@Component
public class TravelSchedule {

    private final DelegationService delegations;
    private final Clock clock;

    TravelSchedule(DelegationService delegations, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
    }

    public Date departure(Long delegationId) {
        return startOf(delegations.get(delegationId).getDepartureDate());
    }

    public Date returnDate(Long delegationId) {
        return startOf(returnDay(delegationId));
    }

    public LocalDate returnDay(Long delegationId) {
        return delegations.get(delegationId).getReturnDate();
    }

    /** The start of a day in the zone the agency works in. */
    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
