package org.safar.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.safar.identity.HttpBasic;
import org.safar.identity.SafarGroups;
import org.safar.web.ProblemResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets anyone read /actuator/health and its groups, and everything under /actuator an administrator
 * authenticated with HTTP Basic against Camunda's identity service. An administrator is shown to
 * the health endpoint in the role {@value #ADMINISTRATORS}, which management.endpoint.health.roles
 * names, so that only they see the details.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

    static final String ADMINISTRATORS = SafarGroups.ADMINS;

    private final IdentityService identity;

    ActuatorAccessFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String administrator = administrator(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (administrator != null) {
            chain.doFilter(new Administrator(request, administrator), response);
        } else if (isHealth(request)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Safar operations\"");
            ProblemResponse.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Log in with HTTP Basic as a Safar administrator");
        }
    }

    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /** The user id, if the credentials are right and the user is an administrator. */
    private String administrator(String header) {
        return HttpBasic.authenticatedUser(identity, header)
                .filter(userId -> identity.createGroupQuery().groupMember(userId).groupId(ADMINISTRATORS).count() > 0)
                .orElse(null);
    }

    /** The request of an authenticated administrator, as the health endpoint asks about it. */
    private static final class Administrator extends HttpServletRequestWrapper {

        private final String userId;

        Administrator(HttpServletRequest request, String userId) {
            super(request);
            this.userId = userId;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> userId;
        }

        @Override
        public String getRemoteUser() {
            return userId;
        }

        @Override
        public boolean isUserInRole(String role) {
            return ADMINISTRATORS.equals(role);
        }
    }
}
