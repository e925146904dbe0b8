package org.safar.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failed API call with RFC 9457 problem details. Rule violations list each field with
 * the rule it broke under {@code violations}, so a client can show the message next to the field.
 */
@RestControllerAdvice(basePackages = "org.safar")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI INVALID = URI.create("https://safar.example/problems/invalid-request");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidRequest(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e.title());
        return problem;
    }

    /** The engine refused: a missing grant, or a conflict of interest that a task listener found. */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail engineRefused(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return invalidRequest(List.of(new Violation(e.getName(), "type",
                "'" + e.getValue() + "' is not a valid " + expected)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(error.getField(), rule(error.getCode()), error.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(error ->
                violations.add(new Violation(error.getObjectName(), rule(error.getCode()), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalidRequest(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation violation;
        if (e.getCause() instanceof InvalidFormatException format) {
            violation = new Violation(path(format), "type", "'" + format.getValue() + "' is not a valid "
                    + format.getTargetType().getSimpleName());
        } else if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            violation = new Violation(path(mismatch), "type", "has the wrong type");
        } else {
            violation = new Violation("body", "json", "The request body is not valid JSON");
        }
        return ResponseEntity.badRequest().body(invalidRequest(List.of(violation)));
    }

    private static ProblemDetail invalidRequest(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        problem.setType(INVALID);
        problem.setTitle("The request breaks " + (violations.size() == 1 ? "a rule" : violations.size() + " rules"));
        problem.setProperty("violations", violations);
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Bean Validation names its constraints NotBlank, Size, ...; the API speaks of rules in lower case. */
    private static String rule(@Nullable String code) {
        return code == null ? "invalid" : Character.toLowerCase(code.charAt(0)) + code.substring(1);
    }
}
