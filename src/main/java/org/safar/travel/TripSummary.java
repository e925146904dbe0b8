package org.safar.travel;

import org.safar.delegation.Delegation;
import org.safar.i18n.GeneratedTexts;
import org.safar.programme.Programme;

/**
 * The trip as the travel and debriefing forms show it, read-only, its dates in the reader's language. The
 * programme's {@code kind} and {@code fundingSource} stay codes: the forms compare them and name them themselves.
 */
public record TripSummary(String title, String programme, String kind, String hostCountry, String hostInstitution,
        String departure, String returnDate, int days, String fundingSource, int members) {

    public static TripSummary of(Delegation d, Programme p, GeneratedTexts texts) {
        return new TripSummary(d.getTitle(), p.getTitle(), p.getKind().name(), p.getHostCountry(),
                p.getHostInstitution(), texts.date(d.getDepartureDate()), texts.date(d.getReturnDate()), d.days(),
                p.getFundingSource(), d.getActiveMembers().size());
    }
}
