package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safar.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-run setup for good. Camunda 7.24.0 lets an unauthenticated caller
 * create an administrator there while the {@code camunda-admin} group has no direct members
 * (CVE-2026-77226, fixed only in 7.24.15, which is not a community release). Safar provisions its
 * administrator from configuration, so the setup is never needed.
 */
class AdminSetupLock extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ProblemResponse.write(response, HttpStatus.FORBIDDEN, "Setup is closed",
                "Safar's administrator is set by configuration (camunda.bpm.admin-user); "
                        + "the first-run setup is switched off");
    }
}
