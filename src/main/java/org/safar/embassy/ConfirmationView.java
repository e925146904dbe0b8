package org.safar.embassy;

import java.time.Instant;
import org.safar.embassy.internal.HostConfirmation;

/** A recorded confirmation of host arrangements, as the API answers it. */
record ConfirmationView(Long delegationId, String reference, String hostContact, String venue, String agenda,
        String accommodation, boolean airportPickup, boolean visaSupportLetterIssued, ConfirmationChannel channel,
        String confirmedBy, Instant confirmedAt) {

    static ConfirmationView of(HostConfirmation c) {
        HostArrangements a = c.arrangements();
        return new ConfirmationView(c.getDelegationId(), c.getReference(), a.hostContact(), a.venue(), a.agenda(),
                a.accommodation(), a.airportPickup(), a.visaSupportLetterIssued(), c.getChannel(), c.getConfirmedBy(),
                c.getConfirmedAt());
    }
}
