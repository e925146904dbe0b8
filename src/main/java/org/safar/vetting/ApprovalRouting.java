package org.safar.vetting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.safar.delegation.Delegation;
import org.safar.funding.TripCostEstimator;
import org.safar.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * Runs {@code approval-routing.dmn}: which groups approve a delegation, in the order they appear in
 * the table, each with the reasons that brought it in. The table names a reason by its key in
 * {@code i18n/generated} ({@code routing.seniorMember}), so that each approver reads it in their language.
 */
@Component
class ApprovalRouting {

    static final String DECISION_KEY = "approvalRouting";

    private final DecisionService decisions;
    private final TripCostEstimator costs;

    ApprovalRouting(DecisionService decisions, TripCostEstimator costs) {
        this.decisions = decisions;
        this.costs = costs;
    }

    /** Approver group to the keys of the reasons it must approve, in the order of approval. */
    Map<String, List<String>> approvers(Delegation delegation, Programme programme, boolean seniorMember) {
        BigDecimal ownBudgetCost = costs.ownBudgetCostUsd(programme, delegation.days(),
                delegation.getActiveMembers().size());
        Map<String, List<String>> approvers = new LinkedHashMap<>();
        decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables()
                        .putValue("programmeKind", programme.getKind().name())
                        .putValue("seniorMember", seniorMember)
                        .putValue("ownBudgetCostUsd", ownBudgetCost))
                .evaluate()
                .forEach(result -> approvers
                        .computeIfAbsent(result.getEntry("approverGroup"), group -> new ArrayList<>())
                        .add(result.getEntry("reason")));
        return approvers;
    }
}
