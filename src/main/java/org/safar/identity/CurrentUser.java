package org.safar.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.web.ApiMessages;
import org.safar.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the user that the API's authentication filter (or Tasklist) has set on the engine.
 *
 * <p>Reads it through {@link IdentityService#getCurrentAuthentication()} only; the class of what that
 * returns is internal to Camunda 7, so it is never named here, only its user and group ids are read.
 */
@Component
public class CurrentUser {

    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> id() {
        return Optional.ofNullable(identity.getCurrentAuthentication()).map(caller -> caller.getUserId());
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
        var authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null
                ? List.of()
                : List.copyOf(authentication.getGroupIds());
    }

    public boolean isMemberOf(String group) {
        var authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(group);
    }

    /**
     * Runs an engine query as Safar itself rather than as the caller: for what the domain API shows
     * of a delegation the caller may already see, such as who has work on it now.
     */
    public <T> T asSafar(Supplier<T> query) {
        var caller = identity.getCurrentAuthentication();
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
     * Refuses a caller in none of the groups, told what only they do; Safar itself (no caller, e.g.
     * loading demo data) may.
     *
     * @param action what only these groups do, as the key {@code action.<action>} of
     *     {@code i18n/api*.properties} says it: {@code addProgrammes} is "add programmes"
     */
    public void requireAnyOf(String action, String... groups) {
        Optional<String> userId = id();
        if (userId.isPresent() && Arrays.stream(groups).noneMatch(this::isMemberOf)) {
            throw onlyFor(action, userId.get(), groups);
        }
    }

    /**
     * The calling officer; anyone else is refused, told what only officers do.
     *
     * @param action what the caller tried, as the key {@code action.<action>} says it: {@code cancelDelegations}
     */
    public String officer(String action) {
        String userId = id().orElseThrow(() -> new ForbiddenException(
                ApiMessages.text("forbidden.logInAsOfficer", ApiMessages.text("action." + action))));
        if (!isMemberOf(SafarGroups.OFFICERS)) {
            throw onlyFor(action, userId, SafarGroups.OFFICERS);
        }
        return userId;
    }

    /** "Only members of 'officers' cancel delegations; timur is not one", in the caller's language. */
    public static ForbiddenException onlyFor(String action, String userId, String... groups) {
        return new ForbiddenException(ApiMessages.text("forbidden.onlyGroups",
                Arrays.stream(groups).map(group -> "'" + group + "'").collect(Collectors.joining(", ")),
                ApiMessages.text("action." + action), userId));
    }
}
