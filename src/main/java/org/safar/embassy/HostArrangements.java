package org.safar.embassy;

import static org.safar.embassy.EmbassyVariables.ACCOMMODATION;
import static org.safar.embassy.EmbassyVariables.AGENDA;
import static org.safar.embassy.EmbassyVariables.AIRPORT_PICKUP;
import static org.safar.embassy.EmbassyVariables.HOST_CONTACT;
import static org.safar.embassy.EmbassyVariables.VENUE;
import static org.safar.embassy.EmbassyVariables.VISA_SUPPORT_LETTER_ISSUED;

import org.safar.web.Violations;
import org.safar.web.PlainText;

/**
 * What the embassy confirms about the host's arrangements. The liaison's form and the API of other
 * systems use the same field names, so that a broken rule names the same field in both.
 */
record HostArrangements(String hostContact, String venue, String agenda, String accommodation, Boolean airportPickup,
        Boolean visaSupportLetterIssued) {

    static final int SHORT_TEXT = 500;
    static final String PLAIN_TEXT = "must be plain text, without markup or expressions";
    static final int AGENDA_TEXT = 4000;

    /** Every broken rule at once, with those already found; text stripped. */
    HostArrangements validated(Violations violations) {
        violations
                .check(present(hostContact), HOST_CONTACT, "required", "Name the host's contact person")
                .check(fits(hostContact, SHORT_TEXT), HOST_CONTACT, "maxLength", tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(hostContact), HOST_CONTACT, "plainText", PLAIN_TEXT)
                .check(present(venue), VENUE, "required", "Say where the programme takes place")
                .check(fits(venue, SHORT_TEXT), VENUE, "maxLength", tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(venue), VENUE, "plainText", PLAIN_TEXT)
                .check(present(agenda), AGENDA, "required", "Give the agenda the host has planned")
                .check(fits(agenda, AGENDA_TEXT), AGENDA, "maxLength", tooLong(AGENDA_TEXT))
                .check(PlainText.Rules.isProse(agenda), AGENDA, "plainText", PLAIN_TEXT)
                .check(present(accommodation), ACCOMMODATION, "required", "Say where the delegation stays")
                .check(fits(accommodation, SHORT_TEXT), ACCOMMODATION, "maxLength", tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(accommodation), ACCOMMODATION, "plainText", PLAIN_TEXT)
                .check(airportPickup != null, AIRPORT_PICKUP, "required",
                        "Say whether the host picks the delegation up at the airport")
                .check(visaSupportLetterIssued != null, VISA_SUPPORT_LETTER_ISSUED, "required",
                        "Say whether the visa support letter has been issued")
                .throwIfAny();
        return new HostArrangements(hostContact.strip(), venue.strip(), agenda.strip(), accommodation.strip(),
                airportPickup, visaSupportLetterIssued);
    }

    HostArrangements validated() {
        return validated(new Violations());
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static boolean fits(String text, int maxLength) {
        return text == null || text.strip().length() <= maxLength;
    }

    static String tooLong(int maxLength) {
        return "Keep it to " + maxLength + " characters";
    }
}
