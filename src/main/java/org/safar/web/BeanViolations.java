package org.safar.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation's constraints under Safar's rule names and in Safar's words: {@code NotNull},
 * {@code NotBlank} and {@code NotEmpty} are all the rule {@code required}, {@code Min} and {@code Max}
 * both {@code range}. A constraint's own message is kept where a request record wrote one for its
 * field (a pattern says which codes it takes), looked up in {@code i18n/api*.properties} when it is a
 * key in braces.
 */
public final class BeanViolations {

    private BeanViolations() {
    }

    /** Validates a request that a service checks itself, and refuses it with every broken rule. */
    public static void validate(Validator validator, Object request) {
        List<Violation> broken = validator.validate(request).stream()
                .map(v -> of(v.getPropertyPath().toString(), v)).toList();
        if (!broken.isEmpty()) {
            throw new InvalidRequestException(broken);
        }
    }

    static Violation of(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        boolean text = violation.getInvalidValue() instanceof CharSequence;
        boolean many = violation.getInvalidValue() instanceof Collection<?>;
        String template = violation.getMessageTemplate();
        String own = template.startsWith("{jakarta.validation") || template.startsWith("{org.hibernate") ? null
                : template.startsWith("{") && template.endsWith("}")
                        ? ApiMessages.text(template.substring(1, template.length() - 1))
                        : template;
        return switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Violation(field, Rule.REQUIRED,
                    ApiMessages.text(many ? "required.list" : "required"));
            case "Size" -> many
                    ? new Violation(field, Rule.MAX_ITEMS, ApiMessages.text("maxItems", String.valueOf(attributes.get("max"))))
                    : new Violation(field, Rule.MAX_LENGTH, ApiMessages.text("maxLength", String.valueOf(attributes.get("max"))));
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" ->
                    new Violation(field, Rule.RANGE, ApiMessages.text("range.min", bound(attributes, "0")));
            case "Max", "DecimalMax" -> new Violation(field, Rule.RANGE, ApiMessages.text("range.max",
                    bound(attributes, "0")));
            case "Digits" -> new Violation(field, Rule.DIGITS,
                    ApiMessages.text("digits", String.valueOf(attributes.get("integer")),
                            String.valueOf(attributes.get("fraction"))));
            case "Pattern" -> new Violation(field, Rule.PATTERN, own != null ? own : ApiMessages.text("pattern"));
            case "PastOrPresent" -> new Violation(field, Rule.NOT_IN_FUTURE, ApiMessages.text("notInFuture"));
            case "Past" -> new Violation(field, Rule.IN_PAST, ApiMessages.text("inPast"));
            case "FutureOrPresent" -> new Violation(field, Rule.NOT_IN_PAST, ApiMessages.text("notInPast"));
            case "PlainText" -> new Violation(field, Rule.PLAIN_TEXT, ApiMessages.text(
                    Boolean.TRUE.equals(attributes.get("prose")) ? "plainText.prose" : "plainText"));
            default -> new Violation(field, lowerFirst(constraint.annotationType().getSimpleName()),
                    own != null ? own : violation.getMessage());
        };
    }

    /** As written, never as a localized number: 2000 stays 2000, not 2,000. */
    private static String bound(Map<String, Object> attributes, String otherwise) {
        Object value = attributes.get("value");
        return value == null ? otherwise : String.valueOf(value);
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
