package org.safar.delegation;

/**
 * Published, inside the engine's transaction, when a delegation is cancelled: stages that hold
 * something for it (a budget reservation) let go of it.
 *
 * @param stage the stage the delegation was in when it was cancelled
 */
public record DelegationCancelled(Long delegationId, Stage stage) {
}
