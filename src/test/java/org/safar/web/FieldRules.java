package org.safar.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether a request's declared rules take a JSON value, judged without Safar's code: the JSON type
 * each kind of field reads (as {@code ApiRequestReading} promises: nothing coerced) and the Bean
 * Validation constraints the record carries. The corpus sends a value only where this says no, so
 * that a text a rule allows, markup in a field without {@link PlainText} say, is never sent as bad.
 */
final class FieldRules {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private FieldRules() {
    }

    static boolean isBound(Annotation rule) {
        return rule instanceof Min || rule instanceof Max || rule instanceof DecimalMin || rule instanceof DecimalMax
                || rule instanceof Digits;
    }

    static boolean required(List<Annotation> rules) {
        return rules.stream().anyMatch(rule -> rule instanceof NotNull || rule instanceof NotBlank
                || rule instanceof NotEmpty);
    }

    /** {@code inside}: what a list's elements or a nested record must be; null for other kinds. */
    static Predicate<JsonNode> takes(BodyFields.Kind kind, Class<?> type, List<Annotation> rules,
            Predicate<JsonNode> inside) {
        return node -> {
            // Jackson reads null into a primitive as its default, which the rules then judge.
            JsonNode value = node.isNull() && type.isPrimitive()
                    ? (type == boolean.class ? BooleanNode.FALSE : IntNode.valueOf(0)) : node;
            if (value.isNull()) {
                return !required(rules);
            }
            return readable(kind, type, value, inside) && rules.stream().allMatch(rule -> holds(rule, value));
        };
    }

    private static boolean readable(BodyFields.Kind kind, Class<?> type, JsonNode value, Predicate<JsonNode> inside) {
        return switch (kind) {
            case TEXT -> value.isTextual();
            case WHOLE_NUMBER -> value.isIntegralNumber() && fits(type, value.decimalValue());
            case DECIMAL -> value.isNumber();
            case FLAG -> value.isBoolean();
            case CHOICE -> value.isTextual()
                    && Stream.of(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value.textValue()));
            case DATE -> value.isTextual() && isoDate(value.textValue());
            case LIST -> value.isArray() && Stream.iterate(0, i -> i < value.size(), i -> i + 1)
                    .allMatch(i -> !value.get(i).isNull() && (inside == null || inside.test(value.get(i))));
            case OBJECT -> value.isObject() && inside.test(value);
        };
    }

    private static boolean fits(Class<?> type, BigDecimal number) {
        boolean isInt = type == Integer.class || type == int.class;
        return number.compareTo(isInt ? INT_MIN : LONG_MIN) >= 0 && number.compareTo(isInt ? INT_MAX : LONG_MAX) <= 0;
    }

    private static boolean isoDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** One constraint on a value of the right JSON type, as Hibernate Validator judges it. */
    private static boolean holds(Annotation rule, JsonNode value) {
        if (rule instanceof NotBlank) {
            return !value.textValue().trim().isEmpty();
        }
        if (rule instanceof NotEmpty) {
            return value.isArray() ? !value.isEmpty() : !value.asText().isEmpty();
        }
        if (rule instanceof Size size) {
            int length = value.isArray() ? value.size() : value.textValue().length();
            return length >= size.min() && length <= size.max();
        }
        if (rule instanceof Pattern pattern) {
            return java.util.regex.Pattern.compile(pattern.regexp()).matcher(value.textValue()).matches();
        }
        if (rule instanceof PlainText plain) {
            String text = value.textValue();
            return plain.prose() ? PlainText.Rules.isProse(text) : PlainText.Rules.isName(text);
        }
        if (rule instanceof Min min) {
            return value.decimalValue().compareTo(BigDecimal.valueOf(min.value())) >= 0;
        }
        if (rule instanceof Max max) {
            return value.decimalValue().compareTo(BigDecimal.valueOf(max.value())) <= 0;
        }
        if (rule instanceof DecimalMin min) {
            int order = value.decimalValue().compareTo(new BigDecimal(min.value()));
            return min.inclusive() ? order >= 0 : order > 0;
        }
        if (rule instanceof DecimalMax max) {
            int order = value.decimalValue().compareTo(new BigDecimal(max.value()));
            return max.inclusive() ? order <= 0 : order < 0;
        }
        if (rule instanceof Digits digits) {
            // In longs: 1e2147483647 has more digits than an int counts.
            BigDecimal number = value.decimalValue().stripTrailingZeros();
            long fraction = Math.max(number.scale(), 0);
            return (long) number.precision() - number.scale() <= digits.integer() && fraction <= digits.fraction();
        }
        if (rule instanceof Past) {
            return LocalDate.parse(value.textValue()).isBefore(LocalDate.now());
        }
        if (rule instanceof PastOrPresent) {
            return !LocalDate.parse(value.textValue()).isAfter(LocalDate.now());
        }
        if (rule.annotationType().isAnnotationPresent(Constraint.class) && !(rule instanceof NotNull)) {
            throw new IllegalStateException("The corpus does not know the rule " + rule
                    + "; teach FieldRules which values it takes");
        }
        return true;
    }
}
