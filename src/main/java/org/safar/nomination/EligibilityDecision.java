package org.safar.nomination;

import static org.safar.i18n.GeneratedTexts.phrase;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.safar.i18n.GeneratedTexts.Coded;
import org.springframework.stereotype.Component;

/**
 * Runs {@code eligibility.dmn} for one nominee: every rule that fails gives one reason. The table names
 * the rule and says the reason in English for whoever reads the table; what is stored is a phrase of the
 * rule with the nominee's facts, which each reader reads in their own language (i18n.GeneratedTexts).
 */
@Component
class EligibilityDecision {

    static final String DECISION_KEY = "eligibility";

    private final DecisionService decisions;

    EligibilityDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The reasons the nominee may not go; {@code languageCode} is the ISO code of the required language. */
    List<String> problems(EligibilityFacts facts, String languageCode) {
        return decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(facts.asDecisionInput())
                .evaluate()
                .stream()
                .map(result -> reason(result, facts, languageCode))
                .toList();
    }

    /** The phrase of a failed rule; a rule the table gained later keeps the table's own sentence. */
    private static String reason(DmnDecisionResultEntries result, EligibilityFacts facts, String languageCode) {
        String rule = result.<String>getEntry("rule");
        return switch (rule == null ? "" : rule) {
            case "PASSPORT_VALIDITY" -> facts.passportExpiry() == null ? phrase("eligibility.noPassport")
                    : phrase("eligibility.passportTooSoon", facts.passportExpiry(), facts.returnDate());
            case "LANGUAGE_LEVEL" -> phrase("eligibility.languageLevel", new Coded("language", languageCode),
                    new Coded("level", facts.requiredLevel()), new Coded("level", facts.languageLevel()));
            case "OVERLAPPING_TRIP" -> phrase("eligibility.overlappingTrip");
            case "TRIPS_PER_YEAR" -> phrase("eligibility.tripsPerYear", facts.tripsInLast12Months());
            case "YEARS_OF_SERVICE" -> phrase("eligibility.yearsOfService", facts.yearsOfService());
            case "SELF_NOMINATION" -> phrase("eligibility.selfNomination");
            default -> result.getEntry("reason");
        };
    }
}
