package org.safar.embassy;

/**
 * Body of {@code POST /api/delegations/{id}/embassy-confirmation}: another system confirms the host
 * arrangements under its own reference. The same reference sent again is the same confirmation.
 */
record ExternalConfirmation(String reference, String hostContact, String venue, String agenda, String accommodation,
        Boolean airportPickup, Boolean visaSupportLetterIssued) {

    HostArrangements arrangements() {
        return new HostArrangements(hostContact, venue, agenda, accommodation, airportPickup, visaSupportLetterIssued);
    }
}
