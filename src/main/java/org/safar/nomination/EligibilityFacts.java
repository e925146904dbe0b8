package org.safar.nomination;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the eligibility decision needs to know about one nominee for one programme. The thresholds
 * (six months, two trips, three years) live in {@code eligibility.dmn}, not here.
 */
record EligibilityFacts(LocalDate passportExpiry, LocalDate returnDate, String requiredLanguage,
        String requiredLevel, int requiredLevelRank, String languageLevel, int languageLevelRank,
        long overlappingApprovedTrips, long tripsInLast12Months, int yearsOfService, String programmeKind,
        boolean nominatedBySelf) {

    Map<String, Object> asDecisionInput() {
        Map<String, Object> input = new HashMap<>();
        input.put("passportExpiry", passportExpiry);
        input.put("returnDate", returnDate);
        input.put("requiredLanguage", requiredLanguage);
        input.put("requiredLevel", requiredLevel);
        input.put("requiredLevelRank", requiredLevelRank);
        input.put("languageLevel", languageLevel);
        input.put("languageLevelRank", languageLevelRank);
        input.put("overlappingApprovedTrips", overlappingApprovedTrips);
        input.put("tripsInLast12Months", tripsInLast12Months);
        input.put("yearsOfService", yearsOfService);
        input.put("programmeKind", programmeKind);
        input.put("nominatedBySelf", nominatedBySelf);
        return input;
    }
}
