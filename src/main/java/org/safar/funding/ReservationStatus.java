package org.safar.funding;

public enum ReservationStatus {
    /** The amount is held on the line for the delegation. */
    HELD,
    /** Given back to the line: funding was refused or the delegation cancelled. */
    RELEASED
}
