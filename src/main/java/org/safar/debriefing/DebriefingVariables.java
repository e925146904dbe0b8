package org.safar.debriefing;

/** Variables of {@code debriefing.bpmn} and of its tasks. */
public final class DebriefingVariables {

    public static final String PROCESS_KEY = "debriefing";

    /** Element variable of the per-participant subprocess and of "Record action plan outcome". */
    public static final String MEMBER_ID = "memberId";
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
    public static final String DELEGATION = "delegation";
    public static final String PARTICIPANT = "participant";
    public static final String REPORT = "report";

    // What the person fills in
    public static final String LEARNED = "learned";
    /** Dynamic list of good practices: title, description, whereItApplies. */
    public static final String GOOD_PRACTICES = "goodPractices";
    public static final String ACTION_PLAN = "actionPlan";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REWORK_REASON = "reworkReason";
    public static final String MISSING_NOTE = "missingNote";
    /** Dynamic list, one row per member: the advance (read-only) and the actual expenses. */
    public static final String EXPENSES = "expenses";
    public static final String ACTION_PLAN_OUTCOME = "actionPlanOutcome";
    public static final String OUTCOME_COMMENT = "outcomeComment";

    public static final String ACCEPT = "ACCEPT";
    public static final String REWORK = "REWORK";

    private DebriefingVariables() {
    }
}
