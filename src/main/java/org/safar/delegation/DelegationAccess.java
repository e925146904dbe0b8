package org.safar.delegation;

import java.util.List;
import org.safar.delegation.internal.DelegationParties;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.springframework.stereotype.Component;

/**
 * Which delegations the caller may see through the domain API, the same rules the engine's
 * authorizations apply to their tasks in Tasklist:
 * <ul>
 * <li>officers and administrators: every delegation (officers nominate for any programme);</li>
 * <li>an embassy liaison: the delegations to their own host country, and no other;</li>
 * <li>a participant: the delegations they are a member of;</li>
 * <li>vetting, approvers and finance: the delegations that they or their group have had work on.</li>
 * </ul>
 * Safar itself (a listener, a job) sees everything.
 */
@Component
public class DelegationAccess {

    /** A value that no country code or party takes: JPQL's {@code in} needs at least one. */
    private static final List<String> NOTHING = List.of("");

    private final CurrentUser currentUser;

    DelegationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Viewer(boolean all, List<String> countries, String userId, List<String> parties) {
    }

    Viewer viewer() {
        String userId = currentUser.id().orElse(null);
        List<String> groups = currentUser.groups();
        boolean all = userId == null || groups.contains(SafarGroups.OFFICERS) || groups.contains(SafarGroups.ADMINS);
        List<String> countries = groups.stream().flatMap(group -> SafarGroups.embassyCountry(group).stream()).toList();
        return new Viewer(all, countries.isEmpty() ? NOTHING : countries, userId == null ? "" : userId,
                userId == null ? NOTHING : DelegationParties.of(userId, groups));
    }
}
