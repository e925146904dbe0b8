package org.safar.debriefing;

import java.time.Instant;

/** A good practice in the library, with where it was found and by whom. */
public record GoodPracticeView(Long id, String title, String description, String whereItApplies,
        String hostCountry, String hostInstitution, Long delegationId, String delegation, String programme,
        String reportedBy, Instant acceptedAt) {
}
