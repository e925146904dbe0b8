package org.safar.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code per-diem.dmn} alone: daily allowance and lodging ceiling in USD by host country. */
class PerDiemTableTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision perDiem;

    @BeforeAll
    static void parseTable() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = PerDiemTableTest.class.getResourceAsStream("/processes/per-diem.dmn")) {
            perDiem = dmnEngine.parseDecision(TripCostEstimator.DECISION_KEY, table);
        }
    }

    @DisplayName("Rates of a host country")
    @ParameterizedTest(name = "{0}: allowance {1}, lodging {2}")
    @CsvSource({
            "JP, 250, 220",
            "KR, 220, 190",
            "DE, 230, 200",
            "KZ, 150, 120",
            "MN, 140, 110",
            "FR, 180, 150",
            "US, 180, 150"
    })
    void ratesOfAHostCountry(String hostCountry, double dailyAllowanceUsd, double lodgingCeilingUsd) {
        DmnDecisionResult result = dmnEngine.evaluateDecision(perDiem,
                Variables.createVariables().putValue("hostCountry", hostCountry));

        Map<String, Object> rates = result.getSingleResult().getEntryMap();
        assertThat(rates).containsEntry("dailyAllowanceUsd", dailyAllowanceUsd)
                .containsEntry("lodgingCeilingUsd", lodgingCeilingUsd);
    }
}
