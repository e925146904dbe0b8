package org.safar.embassy;

import static org.safar.embassy.EmbassyVariables.ACCOMMODATION;
import static org.safar.embassy.EmbassyVariables.AGENDA;
import static org.safar.embassy.EmbassyVariables.AIRPORT_PICKUP;
import static org.safar.embassy.EmbassyVariables.HOST_CONTACT;
import static org.safar.embassy.EmbassyVariables.VENUE;
import static org.safar.embassy.EmbassyVariables.VISA_SUPPORT_LETTER_ISSUED;

import org.safar.web.ApiMessages;
import org.safar.web.PlainText;
import org.safar.web.Rule;
import org.safar.web.Violations;

/**
 * What the embassy confirms about the host's arrangements. The liaison's form and the API of other
 * systems use the same field names, so that a broken rule names the same field in both.
 */
public record HostArrangements(String hostContact, String venue, String agenda, String accommodation,
        Boolean airportPickup, Boolean visaSupportLetterIssued) {

    static final int SHORT_TEXT = 500;
    static final int AGENDA_TEXT = 4000;

    /** Every broken rule at once, with those already found; text stripped. */
    HostArrangements validated(Violations violations) {
        String required = ApiMessages.text("required");
        String plainText = ApiMessages.text("plainText.prose");
        violations
                .check(present(hostContact), HOST_CONTACT, Rule.REQUIRED, required)
                .check(fits(hostContact, SHORT_TEXT), HOST_CONTACT, Rule.MAX_LENGTH, tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(hostContact), HOST_CONTACT, Rule.PLAIN_TEXT, plainText)
                .check(present(venue), VENUE, Rule.REQUIRED, required)
                .check(fits(venue, SHORT_TEXT), VENUE, Rule.MAX_LENGTH, tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(venue), VENUE, Rule.PLAIN_TEXT, plainText)
                .check(present(agenda), AGENDA, Rule.REQUIRED, required)
                .check(fits(agenda, AGENDA_TEXT), AGENDA, Rule.MAX_LENGTH, tooLong(AGENDA_TEXT))
                .check(PlainText.Rules.isProse(agenda), AGENDA, Rule.PLAIN_TEXT, plainText)
                .check(present(accommodation), ACCOMMODATION, Rule.REQUIRED, required)
                .check(fits(accommodation, SHORT_TEXT), ACCOMMODATION, Rule.MAX_LENGTH, tooLong(SHORT_TEXT))
                .check(PlainText.Rules.isProse(accommodation), ACCOMMODATION, Rule.PLAIN_TEXT, plainText)
                .check(airportPickup != null, AIRPORT_PICKUP, Rule.REQUIRED, required)
                .check(visaSupportLetterIssued != null, VISA_SUPPORT_LETTER_ISSUED, Rule.REQUIRED, required)
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

    /** In the caller's language, the limit as written: 4000, never 4,000. */
    static String tooLong(int maxLength) {
        return ApiMessages.text("maxLength", String.valueOf(maxLength));
    }
}
