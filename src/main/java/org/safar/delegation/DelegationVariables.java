package org.safar.delegation;

/**
 * Process variables of {@code delegation.bpmn} (only the reference and the flags its gateways read), the
 * element variable every stage's per-member tasks share, and the names under which every stage's task
 * forms show the delegation and the member a task is about.
 */
public final class DelegationVariables {

    public static final String PROCESS_KEY = "delegation";

    /** Id of the {@link Delegation} the instance drives; passed to every stage. */
    public static final String DELEGATION_ID = "delegationId";
    /**
     * Id of the {@link DelegationMember} a per-member task is about: the element variable of every
     * multi-instance over a delegation's members (clearances, tickets, check-ins, trip reports, action plan
     * outcomes, settlements), by which a withdrawn member's open tasks are found and closed.
     */
    public static final String MEMBER_ID = "memberId";
    /** User id of the officer who opened the delegation (the start event's initiator). */
    public static final String NOMINATED_BY = "nominatedBy";
    /** Title given on the start form in Tasklist; read once to open the draft, then removed. */
    public static final String TITLE = "title";

    /** A delegation's own dates, as a request to reschedule it and the form that does so name them. */
    public static final String DEPARTURE_DATE = "departureDate";
    public static final String RETURN_DATE = "returnDate";

    /**
     * The delegation's departure day on each of its process instances, a Date: Tasklist's order of the task
     * list (org.safar.delegation.internal.DepartureForSorting). Nothing decides by it.
     */
    public static final String DEPARTS_ON = "departsOn";
    /** Set when vetting sent the delegation back and the officer must revise it. */
    public static final String REVISION_REQUESTED = "revisionRequested";
    /** Set by nomination when the officer withdrew the delegation. */
    public static final String NOMINATION_WITHDRAWN = "nominationWithdrawn";
    /** Set by vetting: every member cleared and every approver approved. */
    public static final String VETTING_PASSED = "vettingPassed";
    /** Set by embassy coordination when the host declined the delegation. */
    public static final String HOST_DECLINED = "hostDeclined";
    /** Set by funding when finance approved it. */
    public static final String FUNDING_APPROVED = "fundingApproved";
    /** Set on cancellation: embassy coordination had started, so the liaison must inform the host. */
    public static final String EMBASSY_INVOLVED = "embassyInvolved";
    /** Candidate group of the embassy liaison of the host country, e.g. embassy-JP. */
    public static final String LIAISON_GROUP = "liaisonGroup";

    // Read-only context that the task forms of every stage show, each stage in the shape its forms need
    /** The delegation a task is about. */
    public static final String DELEGATION = "delegation";
    /** The member a per-member task is about. */
    public static final String MEMBER = "member";
    /** The delegation's members, one row each. */
    public static final String MEMBERS = "members";

    // The task "Change a delegation": what the officer chooses from, and what they fill in
    public static final String DELEGATION_OPTIONS = "delegationOptions";
    public static final String MEMBER_OPTIONS = "memberOptions";
    /** {@value #CANCEL} or {@value #WITHDRAW_MEMBER}. */
    public static final String CHANGE_KIND = "changeKind";
    public static final String CHOSEN_DELEGATION = "chosenDelegation";
    /** {@code delegationId:memberId} of the member to withdraw. */
    public static final String CHOSEN_MEMBER = "chosenMember";
    public static final String CHANGE_REASON = "changeReason";
    public static final String CANCEL = "CANCEL";
    public static final String WITHDRAW_MEMBER = "WITHDRAW_MEMBER";

    // The embassy liaison's task "Inform the host of the cancellation"
    public static final String CANCELLED_DELEGATION = "cancelledDelegation";
    /**
     * What the liaison did; nothing in Safar reads it yet, so it is kept only as the task's variable in the
     * engine's history.
     */
    public static final String HOST_INFORMED_NOTE = "hostInformedNote";

    /** Message that cancels a delegation at any stage; correlated by business key (the delegation id). */
    public static final String MSG_DELEGATION_CANCELLED = "Msg_DelegationCancelled";

    private DelegationVariables() {
    }
}
