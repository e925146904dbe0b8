package org.safar.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.safar.web.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who is calling: the user that the API's authentication filter (or Tasklist) has set on the engine. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> id() {
        return Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId);
    }

    /**
     * Who worked a task: the caller, or the task's assignee when no one is calling (Safar itself, or a
     * client that completes tasks without a user).
     */
    public String actorOf(DelegateTask task) {
        return id().orElse(task.getAssignee());
    }

    /** The caller's groups; none for Safar itself. */
    public List<String> groups() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null
                ? List.of()
                : List.copyOf(authentication.getGroupIds());
    }

    public boolean isMemberOf(String group) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(group);
    }

    /**
     * Runs an engine query as Safar itself rather than as the caller: for what the domain API shows
     * of a delegation the caller may already see, such as who has work on it now.
     */
    public <T> T asSafar(Supplier<T> query) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /**
     * Refuses a caller in none of the groups; Safar itself (no caller, e.g. loading demo data) may.
     *
     * @param what what only these groups do, e.g. "add programmes"
     */
    public void requireAnyOf(String what, String... groups) {
        Optional<String> userId = id();
        if (userId.isPresent() && Arrays.stream(groups).noneMatch(this::isMemberOf)) {
            throw new ForbiddenException("Only members of " + Arrays.stream(groups).map(g -> "'" + g + "'")
                    .collect(Collectors.joining(" or ")) + " " + what + "; " + userId.get() + " is not one");
        }
    }

    /**
     * The calling officer; anyone else is refused, told what only officers do.
     *
     * @param what what the caller tried, as only officers do it, e.g. "cancel delegations"
     */
    public String officer(String what) {
        String userId = id().orElseThrow(() -> new ForbiddenException("Log in as an officer to " + what));
        if (!isMemberOf(SafarGroups.OFFICERS)) {
            throw new ForbiddenException("Only members of the group '" + SafarGroups.OFFICERS + "' " + what + "; "
                    + userId + " is not one");
        }
        return userId;
    }
}
