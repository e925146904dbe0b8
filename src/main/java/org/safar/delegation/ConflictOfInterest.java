package org.safar.delegation;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationException;

/**
 * Nobody clears, approves, funds or reviews a delegation that they nominated or belong to, whatever
 * client they use: the services check it as they record a decision, and {@link DelegationTaskGuard}
 * before anyone claims or completes a task of a deciding group.
 */
final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    /** @param memberAccounts the user ids of the delegation's active members who have one */
    static void assertIndependent(Delegation delegation, Collection<String> memberAccounts, String userId,
            String action) {
        if (userId == null) {
            return;
        }
        String conflict = null;
        if (userId.equals(delegation.getNominatedBy())) {
            conflict = "nominated";
        } else if (memberAccounts.contains(userId)) {
            conflict = "is a member of";
        }
        if (conflict != null) {
            throw new AuthorizationException(userId + " " + conflict + " delegation " + delegation.getId()
                    + " and may not " + action + " it");
        }
    }
}
