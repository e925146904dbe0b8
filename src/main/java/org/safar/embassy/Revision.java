package org.safar.embassy;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officer changed in answer to the embassy's request for changes ({@code Revise for the embassy}):
 * the delegation's dates as they are to be (unchanged when they equal today's), the members taken out of the
 * group with why, and what the officer tells the embassy.
 *
 * @param withdrawnMembers ids of the delegation's members, as its own member list numbers them
 */
public record Revision(String note, LocalDate departureDate, LocalDate returnDate, List<Long> withdrawnMembers,
        String withdrawalReason) {

    public Revision {
        withdrawnMembers = withdrawnMembers == null ? List.of() : List.copyOf(withdrawnMembers);
    }
}
