package org.safar.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.safar.SafarApi;

/** Delegations for the access tests, opened, cleared and approved: they wait for their embassy. */
public final class ApprovedDelegations {

    private ApprovedDelegations() {
    }

    /** An internship in Tokyo for Sardor (who has an account) and Lola; the director approves it too. */
    static long japaneseInternship(SafarApi api) {
        return waitingForTheEmbassy(api, "Internship in civil-service HR management", "HR internship in Tokyo",
                "Sardor Alimov", "Lola Karimova");
    }

    /** The Astana hub's conference for Jasur (who has an account) and Islom. */
    static long astanaConference(SafarApi api) {
        return waitingForTheEmbassy(api, "Astana Civil Service Hub", "Hub conference", "Jasur Tursunov",
                "Islom Abdurakhmonov");
    }

    public static long waitingForTheEmbassy(SafarApi api, String programme, String title, String... members) {
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, api.programmeId(programme), api.staffIds(members)))).get("id").asLong();
        for (JsonNode clearance : api.tasks("gulnoza", id, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
        for (String approver : new String[] {"bakhtiyor", "otabek"}) {
            for (JsonNode approval : api.tasks(approver, id, "Approve delegation")) {
                api.submitOk(approver, approval.get("id").asText(), Map.of("approval", "APPROVE"));
            }
        }
        return id;
    }
}
