package org.safar.delegation;

import org.safar.web.ConflictException;

/** The delegation's lifecycle is over, so it cannot be changed any more. */
public class DelegationClosedException extends ConflictException {

    public DelegationClosedException(Long delegationId, Stage stage) {
        super("Delegation closed",
                "Delegation " + delegationId + " is " + stage.name().toLowerCase() + " and can no longer be changed");
    }
}
