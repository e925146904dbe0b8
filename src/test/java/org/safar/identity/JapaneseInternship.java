package org.safar.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.safar.SafarApi;

/** The delegation the access tests look at: an internship in Tokyo for Sardor (who has an account) and Lola. */
final class JapaneseInternship {

    private JapaneseInternship() {
    }

    /** Opened, cleared and approved: it waits for the embassy of Japan. */
    static long waitingForTheEmbassy(SafarApi api) {
        long internship = api.programmeId("Internship in civil-service HR management");
        long japan = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "HR internship in Tokyo", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(internship, api.staffIds("Sardor Alimov", "Lola Karimova")))).get("id").asLong();
        for (JsonNode clearance : api.tasks("gulnoza", japan, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", japan, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        api.submitOk("otabek", api.onlyTask("otabek", japan, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        return japan;
    }
}
