package org.safar.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failed call of Safar's API with RFC 9457 problem details. Rule violations list each
 * field with the rule it broke under {@code violations}, ordered by field and rule, so a client can
 * show the message next to the field; the rules are named as {@link Rule} names them and told in the
 * caller's language ({@link ApiMessages}). What no handler here knows becomes a 500 with an error id
 * in {@link ApiResponses}, never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI INVALID = URI.create("https://safar.example/problems/invalid-request");
    private static final Comparator<Violation> BY_FIELD_THEN_RULE = Comparator.comparing(Violation::field)
            .thenComparing(Violation::rule);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidRequest(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(ApiMessages.text("title.notFound"));
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(ApiMessages.text("title.forbidden"));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e.title());
        return problem;
    }

    /**
     * Two requests at the same moment, and this one lost: the database's unique key, a version check or a
     * row lock kept the winner's record. Endpoints that must answer a repeat like the first call retry
     * before this ({@link SameMomentRetry}); what reaches here is told to read and try again, never a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class,
            OptimisticLockingException.class})
    ProblemDetail lostRace(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                ApiMessages.text("conflict.sameMoment"));
        problem.setTitle(ApiMessages.text("title.conflict"));
        return problem;
    }

    /** The engine refused: a missing grant, or a conflict of interest that a task listener found. */
    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail engineRefused(AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(ApiMessages.text("title.forbidden"));
        return problem;
    }

    /** A path variable or query parameter of the wrong type: an id that is no number, a stage that does not exist. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> expected = e.getRequiredType();
        Violation violation = expected != null && expected.isEnum()
                ? new Violation(e.getName(), Rule.ONE_OF, ApiMessages.text("oneOf", values(expected)))
                : new Violation(e.getName(), Rule.TYPE, ApiMessages.text(Expected.of(expected).key()));
        return invalidRequest(List.of(violation));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
            violations.add(error.contains(ConstraintViolation.class)
                    ? BeanViolations.of(field, error.unwrap(ConstraintViolation.class))
                    : new Violation(field, String.valueOf(error.getCode()), error.getDefaultMessage()));
        }
        return ResponseEntity.badRequest().body(invalidRequest(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(unreadable(e.getCause()))));
    }

    /** What in the body could not be read, named by its path as Bean Validation names fields: {@code trips[0].country}. */
    private static Violation unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Violation(path(unknown), Rule.UNKNOWN_FIELD, ApiMessages.text("unknownField",
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "))));
        }
        if (cause instanceof InvalidNullException nullValue) {
            return new Violation(path(nullValue), Rule.REQUIRED, ApiMessages.text("required.inList"));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            String field = path(mismatch);
            if (field.isEmpty()) {
                return new Violation(Rule.BODY, Rule.TYPE, ApiMessages.text("body.notAnObject",
                        ApiMessages.text("json." + Found.of(mismatch).name().toLowerCase())));
            }
            if (target != null && target.isEnum()) {
                return new Violation(field, Rule.ONE_OF, ApiMessages.text("oneOf", values(target)));
            }
            return new Violation(field, Rule.TYPE, ApiMessages.text(Expected.of(target).key()));
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof InputCoercionException) {
            return new Violation(path(mapping), Rule.RANGE, ApiMessages.text("range.tooLarge"));
        }
        if (cause instanceof InputCoercionException tooLarge) {
            return new Violation(path(tooLarge), Rule.RANGE, ApiMessages.text("range.tooLarge"));
        }
        if (cause instanceof JsonProcessingException json && json.getOriginalMessage() != null
                && json.getOriginalMessage().startsWith("Duplicate field")) {
            return new Violation(path(json), Rule.DUPLICATE_KEY, ApiMessages.text("duplicateKey"));
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation at = json.getLocation();
            return new Violation(Rule.BODY, Rule.JSON, ApiMessages.text("json.at", at.getLineNr(), at.getColumnNr()));
        }
        return new Violation(Rule.BODY, Rule.JSON, ApiMessages.text("json"));
    }

    private static String values(Class<?> enumType) {
        return List.of(enumType.getEnumConstants()).stream().map(value -> ((Enum<?>) value).name())
                .collect(Collectors.joining(", "));
    }

    static ProblemDetail invalidRequest(List<Violation> found) {
        List<Violation> violations = found.stream().sorted(BY_FIELD_THEN_RULE).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        problem.setType(INVALID);
        problem.setTitle(violations.size() == 1 ? ApiMessages.text("title.oneRule")
                : ApiMessages.text("title.rules", violations.size()));
        problem.setProperty("violations", violations);
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Where the parser stood when a token broke the rules: the field being read. */
    private static String path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return Rule.BODY;
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            steps.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]"
                    : String.valueOf(context.getCurrentName()));
        }
        String path = String.join(".", steps).replace(".[", "[");
        return path.isEmpty() ? Rule.BODY : path;
    }

    /** What a field wanted, in words a caller knows: never a Java type's name. */
    private enum Expected {
        TEXT, WHOLE_NUMBER, NUMBER, YES_OR_NO, DATE, LIST, OBJECT;

        static Expected of(Class<?> type) {
            if (type == null) {
                return OBJECT;
            }
            if (CharSequence.class.isAssignableFrom(type)) {
                return TEXT;
            }
            if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                    || type == Short.class || type == short.class) {
                return WHOLE_NUMBER;
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                return NUMBER;
            }
            if (type == Boolean.class || type == boolean.class) {
                return YES_OR_NO;
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return DATE;
            }
            if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
                return LIST;
            }
            return OBJECT;
        }

        String key() {
            return "type." + name().toLowerCase().replace("_", "");
        }
    }

    /** The kind of JSON value a caller sent where an object belonged. */
    private enum Found {
        ARRAY, TEXT, NUMBER, BOOLEAN, VALUE;

        static Found of(MismatchedInputException e) {
            JsonToken token = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
            if (token == null) {
                return VALUE;
            }
            return switch (token) {
                case START_ARRAY, END_ARRAY -> ARRAY;
                case VALUE_STRING -> TEXT;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
                case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
                default -> VALUE;
            };
        }
    }
}
