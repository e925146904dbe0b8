package org.safar.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code approval-routing.dmn} alone: the department head always, agency directors for the costly or sensitive cases. */
class ApprovalRoutingTableTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision routing;

    @BeforeAll
    static void parseTable() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ApprovalRoutingTableTest.class.getResourceAsStream("/processes/approval-routing.dmn")) {
            routing = dmnEngine.parseDecision(ApprovalRouting.DECISION_KEY, table);
        }
    }

    /** The variables as {@link ApprovalRouting} passes them, the cost as a {@link BigDecimal}. */
    private static DmnDecisionResult route(String programmeKind, boolean seniorMember, String ownBudgetCostUsd) {
        return dmnEngine.evaluateDecision(routing, Variables.createVariables()
                .putValue("programmeKind", programmeKind)
                .putValue("seniorMember", seniorMember)
                .putValue("ownBudgetCostUsd", new BigDecimal(ownBudgetCostUsd)));
    }

    private static List<String> groups(DmnDecisionResult result) {
        return result.collectEntries("approverGroup");
    }

    @Test
    void ordinaryStudyTripNeedsOnlyTheDepartmentHead() {
        DmnDecisionResult result = route("STUDY_TRIP", false, "5000.00");

        assertThat(result).extracting(r -> r.getEntry("approverGroup"), r -> r.getEntry("reason"))
                .containsExactly(tuple("dept-heads", "routing.departmentHead"));
    }

    @Test
    void longInternshipAddsAgencyDirectors() {
        DmnDecisionResult result = route("LONG_INTERNSHIP", false, "5000.00");

        assertThat(result).extracting(r -> r.getEntry("approverGroup"), r -> r.getEntry("reason"))
                .containsExactly(tuple("dept-heads", "routing.departmentHead"),
                        tuple("agency-directors", "routing.longInternship"));
    }

    @Test
    void seniorMemberAddsAgencyDirectors() {
        DmnDecisionResult result = route("SHORT_COURSE", true, "5000.00");

        assertThat(result).extracting(r -> r.getEntry("approverGroup"), r -> r.getEntry("reason"))
                .containsExactly(tuple("dept-heads", "routing.departmentHead"),
                        tuple("agency-directors", "routing.seniorMember"));
    }

    @Test
    void ownBudgetCostOverTwentyThousandAddsAgencyDirectors() {
        DmnDecisionResult result = route("SHORT_COURSE", false, "20000.01");

        assertThat(result).extracting(r -> r.getEntry("approverGroup"), r -> r.getEntry("reason"))
                .containsExactly(tuple("dept-heads", "routing.departmentHead"),
                        tuple("agency-directors", "routing.ownBudgetCost"));
    }

    @Test
    void ownBudgetCostOfExactlyTwentyThousandNeedsOnlyTheDepartmentHead() {
        assertThat(groups(route("SHORT_COURSE", false, "20000.00"))).containsExactly("dept-heads");
    }

    @Test
    void departmentHeadComesFirstAndEveryReasonForTheDirectorsIsGiven() {
        DmnDecisionResult result = route("LONG_INTERNSHIP", true, "45000.00");

        assertThat(groups(result)).containsExactly("dept-heads", "agency-directors", "agency-directors",
                "agency-directors");
        assertThat(result.<String>collectEntries("reason")).containsExactly(
                "routing.departmentHead", "routing.longInternship", "routing.seniorMember",
                "routing.ownBudgetCost");
    }
}
