package org.safar.embassy;

/** How a confirmation reached Safar. */
public enum ConfirmationChannel {
    /** The embassy liaison's task in Tasklist. */
    TASKLIST,
    /** Another system, through {@code POST /api/delegations/{id}/embassy-confirmation}. */
    API
}
