package org.safar.imports;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safar.web.ApiMessages;
import org.safar.web.Rule;
import org.safar.web.Violation;

/**
 * Reads the text of a row into a request record, each cell as the API reads the JSON value of its field:
 * a date is yyyy-mm-dd, a yes/no is true or false (blank is false), a whole number has no fraction, a
 * fixed set of values is one of them (in any case). A list holds items separated by {@code ;}, each
 * item its parts separated by {@code :} in the order of the item's fields, the last part taking the
 * rest: {@code en:B2;ru:C1}, {@code KR:2025-03-01:2025-03-10:Open data workshop}. What cannot be read
 * is a violation under the field's name, as the API names it ({@code languages[1].level}), and its
 * value is left out.
 */
final class RowReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Written with a point and no grouping, 1500.50, as in JSON: 1,500.50 and 1500,50 would each be read wrong somewhere. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d{1,3})?");

    private RowReader() {
    }

    /** The request, as far as it could be read, and what could not be. */
    record Reading<R>(R request, List<Violation> unreadable) {
    }

    static <R extends Record> Reading<R> read(Class<R> type, Columns columns, Table.Row row) {
        List<Violation> unreadable = new ArrayList<>();
        Object[] values = Arrays.stream(type.getRecordComponents())
                .map(component -> field(component, columns.cell(row, component.getName()), component.getName(),
                        unreadable))
                .toArray();
        return new Reading<>(construct(type, values), unreadable);
    }

    private static Object field(RecordComponent component, String text, String path, List<Violation> unreadable) {
        if (component.getType() == List.class) {
            return text == null ? null : list(component.getGenericType(), text, path, unreadable);
        }
        return value(component.getType(), text, path, unreadable);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Type listType, String text, String path, List<Violation> unreadable) {
        Class<? extends Record> itemType = (Class<? extends Record>) ((ParameterizedType) listType)
                .getActualTypeArguments()[0];
        RecordComponent[] parts = itemType.getRecordComponents();
        String form = Arrays.stream(parts).map(RecordComponent::getName).collect(Collectors.joining(":"));
        List<String> items = Arrays.stream(text.split(";")).map(String::strip).filter(item -> !item.isEmpty())
                .toList();
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            String[] texts = items.get(i).split(":", parts.length);
            if (texts.length != parts.length) {
                unreadable.add(new Violation(itemPath, Rule.TYPE, ApiMessages.text("import.listItem", form)));
                list.add(null);
                continue;
            }
            Object[] values = new Object[parts.length];
            for (int p = 0; p < parts.length; p++) {
                values[p] = value(parts[p].getType(), Table.cellText(texts[p]),
                        itemPath + "." + parts[p].getName(), unreadable);
            }
            list.add(construct(itemType, values));
        }
        return list;
    }

    private static Object value(Class<?> type, String text, String path, List<Violation> unreadable) {
        if (text == null) {
            return type == boolean.class ? Boolean.FALSE : type == int.class ? 0 : null;
        }
        try {
            if (type == String.class) {
                return text;
            }
            if (type.isEnum()) {
                return enumValue(type, text);
            }
            if (type == LocalDate.class) {
                if (!ISO_DATE.matcher(text).matches()) {
                    throw new Unreadable(Rule.TYPE, "type.date");
                }
                return LocalDate.parse(text);
            }
            if (type == boolean.class || type == Boolean.class) {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new Unreadable(Rule.TYPE, "type.yesorno");
                }
                return Boolean.parseBoolean(text);
            }
            if (type == int.class || type == Integer.class) {
                return wholeNumber(text);
            }
            if (type == BigDecimal.class) {
                return number(text);
            }
            throw new IllegalStateException("No reading of " + type + " for " + path);
        } catch (Unreadable broken) {
            unreadable.add(new Violation(path, broken.rule, broken.message(type)));
        } catch (DateTimeParseException impossible) {
            unreadable.add(new Violation(path, Rule.TYPE, ApiMessages.text("type.date")));
        }
        return type == boolean.class ? Boolean.FALSE : type == int.class ? 0 : null;
    }

    private static Object enumValue(Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new Unreadable(Rule.ONE_OF, "oneOf");
    }

    private static int wholeNumber(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new Unreadable(Rule.TYPE, "type.wholenumber");
        }
        BigDecimal number = new BigDecimal(text).stripTrailingZeros();
        if (number.scale() > 0) {
            throw new Unreadable(Rule.TYPE, "type.wholenumber");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new Unreadable(Rule.RANGE, "range.tooLarge");
        }
    }

    private static BigDecimal number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new Unreadable(Rule.TYPE, "type.number");
        }
        return new BigDecimal(text);
    }

    private static <T> T construct(Class<T> type, Object[] values) {
        try {
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<T> canonical = type.getDeclaredConstructor(parameters);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    /** A cell that is not a value of its field's type; said as the API says it of a JSON value. */
    private static final class Unreadable extends RuntimeException {

        private final String rule;
        private final String key;

        Unreadable(String rule, String key) {
            super(key, null, false, false);
            this.rule = rule;
            this.key = key;
        }

        String message(Class<?> type) {
            if (Rule.ONE_OF.equals(rule)) {
                return ApiMessages.text(key, Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
            }
            return ApiMessages.text(key);
        }
    }
}
