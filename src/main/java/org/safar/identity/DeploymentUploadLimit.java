package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.safar.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds an upload of a deployment in bytes and in files before Camunda's REST API parses it (it
 * reads multipart bodies itself, past Spring's multipart limits). The body is read at most once, up
 * to the limit, and handed on unchanged.
 */
class DeploymentUploadLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final int maxFiles;

    DeploymentUploadLimit(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/deployment/create"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, "A deployment may be at most " + maxBytes + " bytes");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response, "A deployment may be at most " + maxBytes + " bytes");
            return;
        }
        String boundary = boundary(request.getContentType());
        if (boundary != null && files(body, boundary) > maxFiles) {
            refuse(response, "A deployment may hold at most " + maxFiles + " files");
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.startsWith("boundary=")) {
                return trimmed.substring("boundary=".length()).replace("\"", "");
            }
        }
        return null;
    }

    /** Parts that carry a file: those whose headers give a file name (the others are form fields). */
    private static int files(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int count = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, at + delimiter.length())) {
            int headersEnd = text.indexOf("\r\n\r\n", at);
            if (headersEnd >= 0 && text.substring(at, headersEnd).contains("filename=")) {
                count++;
            }
        }
        return count;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        ProblemResponse.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Deployment too large", detail);
    }

    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }
    }
}
