package org.safar.identity;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
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

    public boolean isMemberOf(String group) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(group);
    }

    /** The calling officer; anyone else may not open or nominate delegations. */
    public String officer() {
        String userId = id().orElseThrow(() -> new ForbiddenException("Log in as an officer to do this"));
        if (!isMemberOf(SafarGroups.OFFICERS)) {
            throw new ForbiddenException("Only members of the group '" + SafarGroups.OFFICERS
                    + "' open and nominate delegations; " + userId + " is not one");
        }
        return userId;
    }
}
