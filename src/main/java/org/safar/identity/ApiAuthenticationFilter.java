package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.safar.web.ProblemResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the domain API against Camunda's identity service, so that the API
 * and Tasklist know the same people. The authenticated user and their groups are set on the engine
 * for the length of the request: services read them through {@link CurrentUser}, and the engine
 * applies its authorizations to what the request does. What the request does goes through Safar's
 * controllers only, so its engine calls are Safar's own ({@link EngineSurface}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    ApiAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = HttpBasic.authenticatedUser(identity, request.getHeader("Authorization")).orElse(null);
        if (userId == null) {
            refuse(response);
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        // Safar's controllers call the engine for the caller after applying Safar's rules (EngineSurface).
        try (EngineSurface safars = EngineSurface.safarsOwn()) {
            identity.setAuthentication(userId, groups, tenants);
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Safar\", charset=\"UTF-8\"");
        ProblemResponse.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Log in with HTTP Basic as a Safar user");
    }
}
