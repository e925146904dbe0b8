package org.safar.travel;

/** Variables of {@code travel.bpmn} and of its tasks. */
public final class TravelVariables {

    public static final String PROCESS_KEY = "travel";

    /** Set by "Plan monthly check-ins": the interns check in every 30 days while abroad. */
    public static final String MONTHLY_CHECK_INS = "monthlyCheckIns";

    // Read-only context of the tasks

    // What the person fills in
    public static final String FLIGHT = "flight";
    public static final String TICKET_NUMBER = "ticketNumber";
    /** {@value #VISA_ISSUED} (with a {@link #VISA_NUMBER}) or {@value #VISA_NOT_REQUIRED}. */
    public static final String VISA = "visa";
    public static final String VISA_NUMBER = "visaNumber";
    public static final String WELLBEING = "wellbeing";
    public static final String PROGRESS = "progress";
    public static final String ISSUES = "issues";

    /** Values of {@link #VISA}. */
    public static final String VISA_ISSUED = "ISSUED";
    public static final String VISA_NOT_REQUIRED = "NOT_REQUIRED";

    private TravelVariables() {
    }
}
