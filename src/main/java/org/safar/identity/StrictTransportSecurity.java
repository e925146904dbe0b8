package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells browsers to use HTTPS only, on every response: in production Safar sits behind a proxy that
 * ends TLS, so the request the application sees is plain HTTP and the webapps' own HSTS stays silent.
 */
class StrictTransportSecurity extends OncePerRequestFilter {

    private static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Strict-Transport-Security", ONE_YEAR);
        chain.doFilter(request, response);
    }
}
