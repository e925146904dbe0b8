package org.safar.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.safar.i18n.Language;

/**
 * A valid request for every endpoint of Safar's API that reads a body: the base that each bad payload
 * changes in one place, so that what is refused is that one place. Each gives every field, a list with
 * one element, so that the nested fields get bad values too.
 */
final class ExampleBodies {

    /**
     * Who sends it, the path's variables, the body, and the rules a service checks itself for a record
     * that carries no annotations (by field name).
     */
    record Example(String user, Map<String, String> pathValues, String body,
            Map<String, Predicate<JsonNode>> checkedByService) {
    }

    /** What the examples refer to: a programme and staff to open a delegation with, and one waiting for its embassy. */
    record Fixture(long programmeId, List<Long> nominees, long delegationId, long memberId) {
    }

    private static final String OFFICER = "aziza";
    private static final String FINANCE = "madina";

    private ExampleBodies() {
    }

    /** In the order the corpus runs them; each cancels nothing the next one needs, the cancellation comes last. */
    static Map<String, Example> of(Fixture fixture) {
        Map<String, String> delegation = Map.of("id", String.valueOf(fixture.delegationId()));
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put("POST /api/staff", new Example(OFFICER, Map.of(), """
                {"fullName": "Dono Ravshanova", "position": "Specialist, open data", "grade": "JUNIOR",
                 "organisation": "Ministry of Digital Technologies", "region": "Karakalpakstan",
                 "passportNumber": "FA7770001", "passportExpiry": "2033-01-31", "serviceStartDate": "2019-09-01",
                 "personnelReserve": false, "username": "dono.r",
                 "languages": [{"language": "en", "level": "B2"}],
                 "trips": [{"country": "KR", "departure": "2025-03-01", "returnDate": "2025-03-10",
                            "purpose": "Open data workshop"}]}""", Map.of()));
        examples.put("POST /api/programmes", new Example(OFFICER, Map.of(), """
                {"title": "Municipal e-services exchange", "kind": "STUDY_TRIP", "hostCountry": "KR",
                 "hostInstitution": "Seoul Metropolitan Government", "startDate": "2031-05-04",
                 "endDate": "2031-05-10", "fundingSource": "KOICA", "donorCoversAirfare": true,
                 "donorCoversLodging": true, "donorCoversDailyAllowance": false, "airfareEstimateUsd": 1100.50,
                 "seats": 5, "requiredLanguage": "en", "requiredLanguageLevel": "B1",
                 "description": "A week with the city's e-services team: one-stop shops, apps and open data."}""",
                Map.of()));
        examples.put("POST /api/budget-lines", new Example(FINANCE, Map.of(), """
                {"fundingSource": "KOICA", "year": 2099, "code": "KOICA-CORPUS-2099",
                 "name": "KOICA counterpart fund", "allocation": 25000, "spent": 1500.50}""", Map.of()));
        examples.put("POST /api/delegations", new Example(OFFICER, Map.of(), """
                {"title": "Service centre deputies to Berlin", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(fixture.programmeId(), fixture.nominees()), Map.of()));
        examples.put("PUT /api/me/language", new Example(OFFICER, Map.of(), """
                {"language": "en"}""", Map.of("language",
                        node -> !node.isNull() && Language.of(node.asText()).isPresent())));
        examples.put("POST /api/delegations/{id}/members/{memberId}/withdraw", new Example(OFFICER,
                Map.of("id", String.valueOf(fixture.delegationId()), "memberId", String.valueOf(fixture.memberId())),
                """
                {"reason": "Needed at the centre while the regional offices are audited this quarter"}""", Map.of()));
        examples.put("POST /api/delegations/{id}/embassy-confirmation", new Example(OFFICER, delegation, """
                {"reference": "GIZ-BER-2031-0042", "hostContact": "Dr. Anke Vogel, GIZ project lead",
                 "venue": "Bürgeramt Berlin-Mitte", "accommodation": "Hotel Albrechtshof, Albrechtstraße 8",
                 "agenda": "Day 1: online services; day 2: queue management; day 3: staff training",
                 "airportPickup": true, "visaSupportLetterIssued": true}""", hostConfirmationRules()));
        examples.put("POST /api/delegations/{id}/cancel", new Example(OFFICER, delegation, """
                {"reason": "The host ministry postponed the programme to next year; we open it again then"}""",
                Map.of()));
        return examples;
    }

    /** {@code HostConfirmations} checks its body itself: all required, text stripped, plain, within limits. */
    private static Map<String, Predicate<JsonNode>> hostConfirmationRules() {
        return Map.of("reference", text(100, false), "hostContact", text(500, true), "venue", text(500, true),
                "accommodation", text(500, true), "agenda", text(4000, true),
                "airportPickup", node -> !node.isNull(), "visaSupportLetterIssued", node -> !node.isNull());
    }

    private static Predicate<JsonNode> text(int maxLength, boolean prose) {
        return node -> !node.isNull() && !node.asText().isBlank() && node.asText().strip().length() <= maxLength
                && (prose ? PlainText.Rules.isProse(node.asText()) : PlainText.Rules.isName(node.asText()));
    }
}
