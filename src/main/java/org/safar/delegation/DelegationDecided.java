package org.safar.delegation;

/**
 * Published, inside the engine's transaction, when a delegation is decided one way or the other, so
 * that the people it concerns can be told once that transaction commits.
 *
 * @param reason why, for every decision but an approval
 * @param decidedBy the user who decided; null when nobody did in person (the last approval closes a round)
 */
public record DelegationDecided(Long delegationId, Decision decision, String reason, String decidedBy) {

    public enum Decision {
        /** Every approver the routing named approved. */
        APPROVED,
        /** An approver rejected it; it goes back to the officer. */
        REJECTED,
        /** The host declined to receive it. */
        DECLINED,
        /** Finance refused the funding. */
        REFUSED,
        /** An officer cancelled it. */
        CANCELLED
    }
}
