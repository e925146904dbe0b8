package org.safar.vetting;

import org.camunda.bpm.engine.AuthorizationException;
import org.safar.delegation.Delegation;

/** Nobody clears or approves a delegation that they nominated or belong to, whatever client they use. */
final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    static void assertIndependent(Delegation delegation, String userId, String action) {
        if (userId == null) {
            return;
        }
        String conflict = null;
        if (userId.equals(delegation.getNominatedBy())) {
            conflict = "nominated";
        } else if (delegation.hasMemberWithAccount(userId)) {
            conflict = "is a member of";
        }
        if (conflict != null) {
            throw new AuthorizationException(userId + " " + conflict + " delegation " + delegation.getId()
                    + " and may not " + action + " it");
        }
    }
}
