package org.safar.travel;

/**
 * One row of "Record tickets and visas" as the officer submitted it.
 *
 * @param path where the row is in the form, for error messages
 * @param visa {@value TravelVariables#VISA_ISSUED} with a visa number, or {@value TravelVariables#VISA_NOT_REQUIRED}
 */
public record TicketEntry(String path, Long memberId, String flight, String ticketNumber, String visa,
        String visaNumber) {
}
