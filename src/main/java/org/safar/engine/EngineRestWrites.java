package org.safar.engine;

// Camunda's internals: the paths of the engine REST API's resources (its OpenAPI description lists them) and
// IdentityService#getCurrentAuthentication's impl.identity.Authentication, set by the REST API's HTTP Basic
// filter before this one. If a write Tasklist needs moves to another path, users get 403 for it; if the filter
// no longer sets the user first, every write passes here and only EngineSurfacePlugin decides.

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.safar.identity.SafarGroups;
import org.safar.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API's part of deny by default, before any of its resources runs: for anyone but an
 * administrator, a request that may change something ({@code POST}, {@code PUT}, {@code DELETE}) is let
 * through only to the calls that Tasklist and the Welcome app make, the same list as
 * {@link EngineSurfacePlugin}'s commands. {@link EngineSurfacePlugin} still decides at the engine, for
 * every client; this layer answers 403 also for what never reaches an engine command — a body the
 * resource refuses to read, an upload, a look-up before the write — so that the answer to an
 * endpoint that is not on the list is the same whatever it would have done. Runs after the engine REST
 * API's HTTP Basic filter, which has set the user on the engine.
 */
class EngineRestWrites extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Paths under {@code /engine-rest}, with or without {@code /engine/<name>}. */
    static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("/task(/count)?"),
            Pattern.compile("/task/[^/]+/(claim|unclaim|assignee|submit-form|comment/create)"),
            Pattern.compile("/process-definition/[^/]+/submit-form"),
            Pattern.compile("/process-definition/key/[^/]+(/tenant-id/[^/]+)?/submit-form"),
            Pattern.compile("/filter/[^/]+/(list|count|singleResult)"),
            Pattern.compile("/user/[^/]+/(profile|credentials)"));
    private static final Pattern PREFIX = Pattern.compile("^/engine-rest(/engine/[^/]+)?");

    private final IdentityService identity;

    EngineRestWrites(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = identity.getCurrentAuthentication();
        if (READS.contains(request.getMethod()) || user == null || isAdministrator(user)
                || isAllowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponse.write(response, HttpStatus.FORBIDDEN, "Not allowed",
                "Safar's engine API does not let users do this; Tasklist and Safar's API offer what users may do");
    }

    static boolean isAllowed(String path) {
        String call = PREFIX.matcher(path).replaceFirst("");
        return ALLOWED.stream().anyMatch(pattern -> pattern.matcher(call).matches());
    }

    private static boolean isAdministrator(Authentication user) {
        return user.getGroupIds() != null && user.getGroupIds().contains(SafarGroups.ADMINS);
    }
}
