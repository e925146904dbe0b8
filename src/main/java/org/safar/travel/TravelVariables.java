package org.safar.travel;

/** Variables of {@code travel.bpmn} and of its tasks. */
public final class TravelVariables {

    public static final String PROCESS_KEY = "travel";

    /** Element variable of "Monthly check-in": the id of the delegation member who checks in. */
    public static final String MEMBER_ID = "memberId";
    /** Set by "Plan monthly check-ins": the interns check in every 30 days while abroad. */
    public static final String MONTHLY_CHECK_INS = "monthlyCheckIns";

    // Read-only context of the tasks
    public static final String DELEGATION = "delegation";
    public static final String MEMBER = "member";

    // What the person fills in
    /** One row per member, prefilled with their id and name: flight, ticket number, visa. */
    public static final String TICKETS = "tickets";
    public static final String WELLBEING = "wellbeing";
    public static final String PROGRESS = "progress";
    public static final String ISSUES = "issues";

    /** Values of a ticket row's {@code visa}. */
    public static final String VISA_ISSUED = "ISSUED";
    public static final String VISA_NOT_REQUIRED = "NOT_REQUIRED";

    private TravelVariables() {
    }
}
