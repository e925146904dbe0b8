package org.safar.delegation;

import org.safar.web.ApiMessages;
import org.safar.web.ConflictException;

/** The delegation's lifecycle is over, so it cannot be changed any more; said in the caller's language. */
public class DelegationClosedException extends ConflictException {

    /** The stage is one of the closed ones (completed, withdrawn, declined, refused, cancelled). */
    public DelegationClosedException(Long delegationId, Stage stage) {
        super(ApiMessages.text("title.delegationClosed"),
                ApiMessages.text("conflict.delegationClosed." + stage.name(), String.valueOf(delegationId)));
    }
}
