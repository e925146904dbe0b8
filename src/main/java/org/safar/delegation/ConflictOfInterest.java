package org.safar.delegation;

import java.util.Collection;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.safar.web.ApiMessages;

/**
 * Nobody clears, approves, funds or reviews a delegation that they nominated or belong to, whatever
 * client they use: the services check it as they record a decision, and {@link DelegationTaskGuard}
 * before anyone claims or completes a task of a deciding group.
 */
final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    /**
     * @param memberAccounts the user ids of the delegation's active members who have one
     * @param action what the user would do: {@code clear}, {@code approve} or {@code task} (work on the task
     *        named in {@code details}), each a sentence of {@code i18n/api*.properties} in {@code language}
     */
    static void assertIndependent(Delegation delegation, Collection<String> memberAccounts, String userId,
            Locale language, String action, Object... details) {
        if (userId == null) {
            return;
        }
        String conflict = null;
        if (userId.equals(delegation.getNominatedBy())) {
            conflict = "nominated";
        } else if (memberAccounts.contains(userId)) {
            conflict = "member";
        }
        if (conflict != null) {
            Object[] arguments = new Object[details.length + 2];
            arguments[0] = userId;
            arguments[1] = delegation.getReference();
            System.arraycopy(details, 0, arguments, 2, details.length);
            throw new AuthorizationException(ApiMessages.text(language, "conflict." + conflict + "." + action,
                    arguments));
        }
    }
}
