package org.safar.travel;

import org.safar.delegation.Delegation;
import org.safar.programme.Programme;

/** The trip as the travel and debriefing forms show it, read-only. */
public record TripSummary(String title, String programme, String kind, String hostCountry, String hostInstitution,
        String departure, String returnDate, int days, String fundingSource, int members) {

    public static TripSummary of(Delegation d, Programme p) {
        return new TripSummary(d.getTitle(), p.getTitle(), p.getKind().name(), p.getHostCountry(),
                p.getHostInstitution(), d.getDepartureDate().toString(), d.getReturnDate().toString(), d.days(),
                p.getFundingSource(), d.getActiveMembers().size());
    }
}
