package org.safar.nomination;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Runs {@code eligibility.dmn} for one nominee: every rule that fails gives one reason. */
@Component
class EligibilityDecision {

    static final String DECISION_KEY = "eligibility";

    private final DecisionService decisions;

    EligibilityDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    List<String> problems(EligibilityFacts facts) {
        return decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(facts.asDecisionInput())
                .evaluate()
                .collectEntries("reason");
    }
}
