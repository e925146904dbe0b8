package org.safar.debriefing;

/** Variables of {@code debriefing.bpmn} and of its tasks. */
public final class DebriefingVariables {

    public static final String PROCESS_KEY = "debriefing";

    /**
     * Where one participant's report stands, local to their instance of "Trip report" (which starts it
     * as PENDING): set by "Submit trip report" and "Review trip report", read by the gateways after them.
     */
    public static final String REPORT_STATUS = "reportStatus";

    public static final String STATUS_SUBMITTED = "SUBMITTED";
    public static final String STATUS_ACCEPTED = "ACCEPTED";
    public static final String STATUS_REWORK = "REWORK";
    /** The participant was withdrawn from the delegation: their tasks close and nothing more is asked of them. */
    public static final String STATUS_WITHDRAWN = "WITHDRAWN";

    // Read-only context of the tasks
    public static final String PARTICIPANT = "participant";
    public static final String REPORT = "report";
    /** The member of a "Settle advance" and the advance they received. */
    public static final String ADVANCE = "advance";

    // What the person fills in
    public static final String LEARNED = "learned";
    /** How many good practices "Submit trip report" offers, each a group of three optional fields. */
    public static final int GOOD_PRACTICES = 3;
    public static final String ACTION_PLAN = "actionPlan";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REWORK_REASON = "reworkReason";
    public static final String MISSING_NOTE = "missingNote";
    /** What the member of a "Settle advance" actually spent, in USD. */
    public static final String ACTUAL_EXPENSES_USD = "actualExpensesUsd";
    public static final String ACTION_PLAN_OUTCOME = "actionPlanOutcome";
    public static final String OUTCOME_COMMENT = "outcomeComment";

    public static final String ACCEPT = "ACCEPT";
    public static final String REWORK = "REWORK";

    /** Title of good practice {@code n} (1 to {@value #GOOD_PRACTICES}), e.g. {@code practice1Title}. */
    public static String practiceTitle(int n) {
        return "practice" + n + "Title";
    }

    public static String practiceDescription(int n) {
        return "practice" + n + "Description";
    }

    public static String practiceWhereItApplies(int n) {
        return "practice" + n + "WhereItApplies";
    }

    private DebriefingVariables() {
    }
}
