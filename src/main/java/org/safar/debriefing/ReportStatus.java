package org.safar.debriefing;

/** Where a participant's trip report stands. */
public enum ReportStatus {
    /** Not submitted yet. */
    PENDING,
    SUBMITTED,
    /** The department head sent it back with a reason. */
    REWORK_REQUESTED,
    /** Accepted: its good practices are in the library. */
    ACCEPTED
}
