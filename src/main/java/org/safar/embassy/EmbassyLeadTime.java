package org.safar.embassy;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Runs {@code embassy-lead-time.dmn}: the days the embassy of a host country needs to confirm. */
@Component
class EmbassyLeadTime {

    static final String DECISION_KEY = "embassyLeadTime";

    private final DecisionService decisions;

    EmbassyLeadTime(DecisionService decisions) {
        this.decisions = decisions;
    }

    int days(String hostCountry) {
        Number days = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables().putValue("hostCountry", hostCountry))
                .evaluate()
                .getSingleEntry();
        return days.intValue();
    }
}
