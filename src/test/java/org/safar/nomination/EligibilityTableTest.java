package org.safar.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code eligibility.dmn} alone: one reason per rule the nominee fails, none for an eligible nominee. */
class EligibilityTableTest {

    private static final LocalDate RETURN = LocalDate.of(2026, 9, 30);

    private static DmnEngine dmnEngine;
    private static DmnDecision eligibility;

    @BeforeAll
    static void parseTable() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = EligibilityTableTest.class.getResourceAsStream("/processes/eligibility.dmn")) {
            eligibility = dmnEngine.parseDecision(EligibilityDecision.DECISION_KEY, table);
        }
    }

    /** Fails no rule: passport valid long after the return, B2 required and C1 spoken, one trip, five years. */
    private static Map<String, Object> eligibleNominee() {
        return new EligibilityFacts(LocalDate.of(2030, 1, 1), RETURN, "Japanese", "B2", 4, "C1", 5, 0L, 1L, 5,
                "SHORT_COURSE", false).asDecisionInput();
    }

    private static DmnDecisionResult evaluate(Map<String, Object> facts) {
        return dmnEngine.evaluateDecision(eligibility, facts);
    }

    private static List<String> rules(Map<String, Object> facts) {
        return evaluate(facts).collectEntries("rule");
    }

    private static List<String> reasons(Map<String, Object> facts) {
        return evaluate(facts).collectEntries("reason");
    }

    @Test
    void eligibleNomineeHasNoReason() {
        assertThat(evaluate(eligibleNominee())).isEmpty();
    }

    @Test
    void severalFailedRulesGiveOneReasonEach() {
        Map<String, Object> facts = new EligibilityFacts(RETURN.plusMonths(1), RETURN, "Japanese", "B2", 4, "A2", 2,
                1L, 3L, 1, "LONG_INTERNSHIP", true).asDecisionInput();

        assertThat(rules(facts)).containsExactly("PASSPORT_VALIDITY", "LANGUAGE_LEVEL", "OVERLAPPING_TRIP",
                "TRIPS_PER_YEAR", "YEARS_OF_SERVICE", "SELF_NOMINATION");
        assertThat(reasons(facts)).hasSize(6).doesNotContainNull();
    }

    @Nested
    @DisplayName("Passport")
    class Passport {

        @Test
        void noPassportOnRecordIsTheOnlyReason() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("passportExpiry", null);

            assertThat(rules(facts)).containsExactly("PASSPORT_VALIDITY");
            assertThat(reasons(facts)).containsExactly("No passport on record");
        }

        @Test
        void passportValidExactlySixMonthsAfterTheReturnIsEnough() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("passportExpiry", RETURN.plusMonths(6));

            assertThat(evaluate(facts)).isEmpty();
        }

        @Test
        void passportExpiringOneDayEarlierFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("passportExpiry", RETURN.plusMonths(6).minusDays(1));

            assertThat(rules(facts)).containsExactly("PASSPORT_VALIDITY");
            assertThat(reasons(facts)).containsExactly(
                    "Passport expires on 2027-03-29, less than 6 months after the return on 2026-09-30");
        }

        @Test
        void passportExpiringBeforeTheReturnFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("passportExpiry", RETURN.minusDays(1));

            assertThat(rules(facts)).containsExactly("PASSPORT_VALIDITY");
        }
    }

    @Nested
    @DisplayName("Language level")
    class LanguageLevel {

        @Test
        void levelBelowTheRequiredOneFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("languageLevel", "B1");
            facts.put("languageLevelRank", 3);

            assertThat(rules(facts)).containsExactly("LANGUAGE_LEVEL");
            assertThat(reasons(facts)).containsExactly("Japanese is required at level B2; the nominee's level is B1");
        }

        @Test
        void nomineeWhoDoesNotSpeakTheLanguageFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("languageLevel", "none");
            facts.put("languageLevelRank", 0);

            assertThat(reasons(facts)).containsExactly(
                    "Japanese is required at level B2; the nominee's level is none");
        }

        @Test
        void levelEqualToTheRequiredOneIsEnough() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("languageLevel", "B2");
            facts.put("languageLevelRank", 4);

            assertThat(evaluate(facts)).isEmpty();
        }

        @Test
        void programmeWithoutAWorkingLanguageAsksForNoLevel() {
            Map<String, Object> facts = new EligibilityFacts(LocalDate.of(2030, 1, 1), RETURN, null, null, 0, "none", 0,
                    0L, 1L, 5, "STUDY_TRIP", false).asDecisionInput();

            assertThat(evaluate(facts)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Other trips")
    class OtherTrips {

        @Test
        void anApprovedTripDuringTheProgrammeFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("overlappingApprovedTrips", 1L);

            assertThat(rules(facts)).containsExactly("OVERLAPPING_TRIP");
            assertThat(reasons(facts)).containsExactly("Already approved for another trip during the programme's dates");
        }

        @Test
        void twoTripsInTheLastYearAreAllowed() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("tripsInLast12Months", 2L);

            assertThat(evaluate(facts)).isEmpty();
        }

        @Test
        void threeTripsInTheLastYearFail() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("tripsInLast12Months", 3L);

            assertThat(rules(facts)).containsExactly("TRIPS_PER_YEAR");
            assertThat(reasons(facts)).containsExactly(
                    "3 trips abroad in the 12 months before departure; at most 2 are allowed");
        }
    }

    @Nested
    @DisplayName("Years of service")
    class YearsOfService {

        @Test
        void longInternshipWithThreeYearsIsAllowed() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("programmeKind", "LONG_INTERNSHIP");
            facts.put("yearsOfService", 3);

            assertThat(evaluate(facts)).isEmpty();
        }

        @Test
        void longInternshipWithTwoYearsFails() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("programmeKind", "LONG_INTERNSHIP");
            facts.put("yearsOfService", 2);

            assertThat(rules(facts)).containsExactly("YEARS_OF_SERVICE");
            assertThat(reasons(facts)).containsExactly("2 years of service; a long internship needs at least 3");
        }

        @Test
        void shortCourseWithOneYearIsAllowed() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("programmeKind", "SHORT_COURSE");
            facts.put("yearsOfService", 1);

            assertThat(evaluate(facts)).isEmpty();
        }

        @Test
        void studyTripWithNoYearsIsAllowed() {
            Map<String, Object> facts = eligibleNominee();
            facts.put("programmeKind", "STUDY_TRIP");
            facts.put("yearsOfService", 0);

            assertThat(evaluate(facts)).isEmpty();
        }
    }

    @Test
    void officerWhoNominatesThemselvesFails() {
        Map<String, Object> facts = eligibleNominee();
        facts.put("nominatedBySelf", true);

        assertThat(rules(facts)).containsExactly("SELF_NOMINATION");
        assertThat(reasons(facts)).containsExactly("Is the officer who nominates this delegation");
    }
}
