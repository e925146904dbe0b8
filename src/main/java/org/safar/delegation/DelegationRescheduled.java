package org.safar.delegation;

import java.time.LocalDate;

/**
 * Published inside the transaction that gives a delegation new dates, so that the timers waiting on them
 * move in the same commit, or not at all.
 */
public record DelegationRescheduled(Long delegationId, String reference, LocalDate formerDeparture,
        LocalDate formerReturn, LocalDate departure, LocalDate returnDate) {
}
