package org.safar.vetting;

/** Variables of {@code vetting.bpmn} and of its tasks. */
public final class VettingVariables {

    public static final String PROCESS_KEY = "vetting";

    /** Set by "Determine approvers" from {@code approval-routing.dmn}: the groups that approve, in order. */
    public static final String APPROVER_GROUPS = "approverGroups";
    /** Element variable of "Approve delegation": the group whose turn it is. */
    public static final String APPROVER_GROUP = "approverGroup";

    // Read-only context of the tasks
    public static final String ROUTING_REASONS = "routingReasons";
    public static final String EARLIER_APPROVALS = "earlierApprovals";

    // What the person fills in
    public static final String CLEARANCE = "clearance";
    public static final String CLEARANCE_NOTE = "clearanceNote";
    public static final String APPROVAL = "approval";
    public static final String APPROVAL_REASON = "approvalReason";

    public static final String CLEARED = "CLEARED";
    public static final String REFUSED = "REFUSED";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    private VettingVariables() {
    }
}
