package org.safar.embassy;

/** What the embassy answered to one request. */
public enum EmbassyAnswer {
    CONFIRMED,
    /** New dates, another composition or something else: back to the officer, then a new request. */
    CHANGES_REQUESTED,
    /** The host will not receive the delegation: it ends as declined. */
    HOST_DECLINED
}
