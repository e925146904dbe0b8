package org.safar.embassy;

/** Variables of {@code embassy-coordination.bpmn} and of its tasks. */
public final class EmbassyVariables {

    public static final String PROCESS_KEY = "embassyCoordination";

    /** A confirmation from another system, correlated by the delegation id (business key). */
    public static final String MSG_HOST_ARRANGEMENTS_CONFIRMED = "Msg_HostArrangementsConfirmed";

    /** Set when the embassy liaison answers in Tasklist: one of {@link EmbassyAnswer}'s names; the gateway reads it. */
    public static final String EMBASSY_ANSWER = "embassyAnswer";

    // Read-only context of the tasks
    public static final String REQUEST = "request";
    public static final String EARLIER_REQUESTS = "earlierRequests";
    public static final String CHANGE_REQUEST = "changeRequest";
    public static final String WAITING = "waiting";
    public static final String FOLLOW_UPS = "followUps";

    // What the embassy liaison fills in; the host arrangements carry the same names in the API
    public static final String ANSWER = "answer";
    public static final String HOST_CONTACT = "hostContact";
    public static final String VENUE = "venue";
    public static final String AGENDA = "agenda";
    public static final String ACCOMMODATION = "accommodation";
    public static final String AIRPORT_PICKUP = "airportPickup";
    public static final String VISA_SUPPORT_LETTER_ISSUED = "visaSupportLetterIssued";
    public static final String CHANGE_KIND = "changeKind";
    public static final String CHANGE_REASON = "changeReason";
    public static final String DECLINE_REASON = "declineReason";

    // What the officer and the director fill in
    public static final String REVISION = "revision";
    /** In Revise for the embassy, beside the delegation's dates: the members taken out of the group, and why. */
    public static final String WITHDRAWN_MEMBERS = "withdrawnMembers";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private EmbassyVariables() {
    }
}
