package org.safar.embassy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code embassy-lead-time.dmn} alone: the days the embassy of a host country needs to confirm. */
class EmbassyLeadTimeTableTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision leadTime;

    @BeforeAll
    static void parseTable() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = EmbassyLeadTimeTableTest.class
                .getResourceAsStream("/processes/embassy-lead-time.dmn")) {
            leadTime = dmnEngine.parseDecision(EmbassyLeadTime.DECISION_KEY, table);
        }
    }

    @DisplayName("Lead time of a host country")
    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({
            "JP, 30",
            "KR, 21",
            "DE, 30",
            "KZ, 10",
            "MN, 14",
            "FR, 21",
            "US, 21"
    })
    void leadTimeOfAHostCountry(String hostCountry, int days) {
        Object result = dmnEngine.evaluateDecision(leadTime,
                Variables.createVariables().putValue("hostCountry", hostCountry)).getSingleEntry();

        assertThat(result).isEqualTo(days);
    }
}
