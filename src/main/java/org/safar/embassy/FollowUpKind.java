package org.safar.embassy;

/** Who was told that the embassy is late, and when. */
public enum FollowUpKind {
    /** The officer, past the due date. */
    REMINDER,
    /** An agency director, past twice the lead time. */
    ESCALATION
}
