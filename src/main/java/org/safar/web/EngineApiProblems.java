package org.safar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns the errors of Camunda's engine APIs ({@code /engine-rest} and the webapps' {@code
 * /camunda/api/engine}) into RFC 9457 problem details, as Safar's own API answers: 403 for a rule, 400
 * for bad input, 404 for what the caller may not see, 409 for a task someone else changed meanwhile, and
 * no engine text (message codes, class names) in any of them.
 *
 * <p>Both JAX-RS applications answer an exception with Camunda's {@code {"type", "message", "code"}}
 * at a status of their own choosing (ExceptionHandlerHelper of camunda-engine-rest-core); the webapps'
 * application cannot be given mappers of Safar's, so the body is rewritten here, from the exception's
 * simple class name in {@code type}. Only error responses are held back; the others pass through as they
 * are written. The problem keeps a {@code message}, which Tasklist shows in its notifications.
 */
class EngineApiProblems extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What only the engine writes: its message codes, Java class names, stack-trace words. */
    private static final Pattern ENGINE_TEXT = Pattern.compile(
            "ENGINE-\\d+|\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*|Exception|\\bnull\\b");

    /**
     * What Camunda's resources put before the reason when a submission or a start fails ("Cannot submit task
     * form 3f2a…: "): the reason is what the person needs, the task or definition they are on.
     */
    private static final Pattern RESOURCE_PREFIX = Pattern.compile(
            "^Cannot (submit task form|complete task|instantiate process definition|resolve task) \\S+: ");

    /** The engine's words when a new password breaks the password policy (SaveUserCmd, Camunda 7.24). */
    static final String PASSWORD_POLICY_REFUSAL = "Password does not match policy";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeldErrors held = new HeldErrors(response);
        chain.doFilter(request, held);
        held.flushWriter();
        if (held.sentError != null && !response.isCommitted()) {
            answer(response, held.getStatus(), JSON.writeValueAsBytes(Map.of("message", held.sentError)));
        } else if (held.body != null && !response.isCommitted()) {
            if (isProblem(held.getContentType())) {
                // Safar's own filters (the deployment limit) answer with a problem already.
                response.getOutputStream().write(held.body.toByteArray());
            } else {
                answer(response, held.getStatus(), held.body.toByteArray());
            }
        }
    }

    private static boolean isProblem(String contentType) {
        return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    private static void answer(HttpServletResponse response, int engineStatus, byte[] body) throws IOException {
        JsonNode error = readJson(body);
        String type = error.path("type").asText("");
        String message = RESOURCE_PREFIX.matcher(error.path("message").asText("")).replaceFirst("");
        HttpStatus status = onlyReadMissing(error) ? HttpStatus.NOT_FOUND : status(engineStatus, type, message);
        // What the caller may not see is not described to them, not even by the engine's refusal.
        String detail = status == HttpStatus.NOT_FOUND || message.isBlank() || ENGINE_TEXT.matcher(message).find()
                ? plainDetail(status) : message;
        response.resetBuffer();
        ProblemResponse.write(response, status, title(status), detail, Map.of("message", detail));
    }

    /**
     * Whether the engine refused only because the caller may not read something (a task, an instance:
     * READ, READ_TASK, READ_HISTORY...), which for them does not exist ({@link HiddenFromCaller}).
     */
    private static boolean onlyReadMissing(JsonNode error) {
        JsonNode missing = error.path("missingAuthorizations");
        if (!missing.isArray() || missing.isEmpty()) {
            return false;
        }
        for (JsonNode authorization : missing) {
            if (!authorization.path("permissionName").asText().startsWith("READ")) {
                return false;
            }
        }
        return true;
    }

    /** The status the caller should see, from Camunda's status and the kind of exception. */
    static HttpStatus status(int engineStatus, String type, String message) {
        switch (type) {
            case "NotFoundException":
                return HttpStatus.NOT_FOUND;
            case "NullValueException":
                return message.contains("Cannot find") || message.contains("not found") || message.contains("does not exist")
                        ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            case "NotValidException":
            case "BadUserRequestException":
                return HttpStatus.BAD_REQUEST;
            case "RestException":
                // A resource of Camunda's REST API could not do what the request asked (start a process with
                // skip flags and no instruction, ...): the request's fault, unlike an engine that failed.
                return engineStatus == 500 ? HttpStatus.BAD_REQUEST : statusOr500(engineStatus);
            case "ProcessEngineException":
                // A password the password policy refuses (prod) is the request's fault; Camunda's SaveUserCmd
                // says so in a plain ProcessEngineException, which the REST API answers with 500.
                return message.equals(PASSWORD_POLICY_REFUSAL) ? HttpStatus.BAD_REQUEST : statusOr500(engineStatus);
            case "TaskAlreadyClaimedException":
            case "OptimisticLockingException":
            case "SuspendedEntityInteractionException":
                return HttpStatus.CONFLICT;
            default:
                return statusOr500(engineStatus);
        }
    }

    private static HttpStatus statusOr500(int engineStatus) {
        HttpStatus status = HttpStatus.resolve(engineStatus);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Not found";
            case BAD_REQUEST -> "Bad request";
            case CONFLICT -> "Changed meanwhile";
            default -> status.getReasonPhrase();
        };
    }

    private static String plainDetail(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Your groups do not allow this";
            case NOT_FOUND -> "There is nothing here that you may see";
            case BAD_REQUEST -> "The request is not valid";
            case CONFLICT -> "Someone else changed this meanwhile; load it again";
            case UNAUTHORIZED -> "Log in first";
            default -> status.is5xxServerError()
                    ? "The request could not be carried out; nothing was changed"
                    : status.getReasonPhrase();
        };
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** Passes a response through unless its status is an error when its body starts; then holds the body back. */
    private static final class HeldErrors extends HttpServletResponseWrapper {

        private ByteArrayOutputStream body;
        private PrintWriter writer;
        private Long contentLength;
        /** The message of an error sent by a filter before the engine (the webapps' CSRF check). */
        private String sentError;

        HeldErrors(HttpServletResponse response) {
            super(response);
        }

        private boolean holding() {
            if (body == null && getStatus() >= 400 && !isCommitted()) {
                body = new ByteArrayOutputStream();
            }
            return body != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) {
                passLength();
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("An error's body is held back and written at once");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding()) {
                passLength();
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
            sentError = message == null ? "" : message;
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        // Jersey sets the headers before the status: the length of an error's body is let through only once
        // the body is seen to pass.
        @Override
        public void setContentLength(int length) {
            contentLength = (long) length;
        }

        @Override
        public void setContentLengthLong(long length) {
            contentLength = length;
        }

        @Override
        public void setHeader(String name, String value) {
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                contentLength = value == null ? null : Long.valueOf(value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private void passLength() {
            if (contentLength != null) {
                super.setContentLengthLong(contentLength);
                contentLength = null;
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (body == null) {
                super.flushBuffer();
            }
        }
    }
}
