package org.safar.funding;

/** Variables of {@code funding.bpmn} and of its tasks. */
public final class FundingVariables {

    public static final String PROCESS_KEY = "funding";

    /** Thrown by "Reserve budget" when the line has less left than the delegation costs. */
    public static final String ERROR_BUDGET_SHORTFALL = "Error_BudgetShortfall";

    /** Set by "Resolve budget shortfall": {@link ShortfallResolution} by name, read by its gateway. */
    public static final String SHORTFALL_RESOLUTION = "shortfallResolution";

    // Read-only context of the tasks
    public static final String ESTIMATE = "estimate";
    public static final String MEMBER_COSTS = "memberCosts";
    public static final String BUDGET_LINE = "budgetLine";
    public static final String RESERVATION = "reservation";
    public static final String SHORTFALL = "shortfall";
    public static final String BUDGET_LINE_OPTIONS = "budgetLineOptions";

    // What finance fills in
    public static final String RESOLUTION = "resolution";
    public static final String OTHER_BUDGET_LINE = "otherBudgetLine";
    public static final String MEMBERS_TO_WITHDRAW = "membersToWithdraw";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String FUNDING_DECISION = "fundingDecision";
    public static final String FUNDING_REFUSAL_REASON = "fundingRefusalReason";

    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    private FundingVariables() {
    }
}
