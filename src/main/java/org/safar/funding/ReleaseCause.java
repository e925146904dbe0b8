package org.safar.funding;

/** Why a reservation went back to its line. */
public enum ReleaseCause {
    FUNDING_REFUSED,
    DELEGATION_CANCELLED,
    /** Finance moved the delegation to another line, or the delegation was re-priced. */
    REPLACED
}
