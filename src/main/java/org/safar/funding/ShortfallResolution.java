package org.safar.funding;

/** What finance does when the budget line falls short. */
public enum ShortfallResolution {
    /** Reserve on another line. */
    OTHER_LINE,
    /** Withdraw members, then price and reserve again. */
    REDUCE,
    /** Refuse the funding: the delegation ends. */
    REFUSE
}
