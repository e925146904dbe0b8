package org.safar.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around every call of Safar's API, ahead of its authentication: answers are never cached (they hold
 * passports and budgets) nor sniffed into another content type; and a failure that nothing else
 * answered becomes a 500 problem with an error id, which the log line of the failure carries too,
 * so that an administrator finds it from what the caller quotes.
 */
public class ApiResponses extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiResponses.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("{} {} failed, errorId={}", request.getMethod(), request.getRequestURI(), errorId, failure);
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            ProblemResponse.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "Safar could not answer this request; quote error " + errorId + " to its administrator",
                    errorId);
        }
    }
}
