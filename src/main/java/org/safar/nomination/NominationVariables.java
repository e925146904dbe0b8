package org.safar.nomination;

/** Variables of {@code nomination.bpmn} and of its task "Nominate members". */
public final class NominationVariables {

    public static final String PROCESS_KEY = "nomination";

    /** Set by "Check nomination": a programme is chosen, the group size holds and every member is eligible. */
    public static final String NOMINATION_VALID = "nominationValid";

    // Read-only context of the task "Nominate members"
    public static final String PROGRAMME_OPTIONS = "programmeOptions";
    public static final String STAFF_OPTIONS = "staffOptions";
    public static final String WHY_RETURNED = "whyReturned";
    public static final String GROUP_PROBLEMS = "groupProblems";
    public static final String MEMBER_PROBLEMS = "memberProblems";

    // What the officer fills in
    public static final String CHOSEN_PROGRAMME = "chosenProgramme";
    public static final String CHOSEN_MEMBERS = "chosenMembers";
    public static final String DECISION = "nominationDecision";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    public static final String DECISION_SUBMIT = "SUBMIT";
    public static final String DECISION_WITHDRAW = "WITHDRAW";

    private NominationVariables() {
    }
}
