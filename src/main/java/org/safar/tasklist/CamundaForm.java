package org.safar.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.safar.web.PlainText;
import org.safar.web.Violation;

/**
 * One deployed Camunda Form as Safar reads its JSON (the form-js schema that Tasklist renders): the fields
 * a person fills in, each with its type, label, validation, options and the {@code conditional.hide}
 * conditions that hide it; and the variables its text views show. It is the one place that knows what a
 * form accepts, and it checks a submission as the API checks a request, before anything is written.
 *
 * <p>What a submission may carry: only the keys of the form's fields (in groups too; text views, tables and
 * buttons have none), each empty or of its field's type, within its field's validation, a choice among the
 * field's options, and plain text ({@link PlainText}) where it is text. A field is required only while its
 * condition shows it; a hidden field's value is dropped, as form-js never submits one. Conditions are
 * evaluated with the engine's FEEL engine (feel-scala) over the submitted values, which are all that the
 * conditions of Safar's forms read (a test holds every form to that).
 *
 * <p>What form-js offers and Safar's forms do not use is refused when the form is first read, so that it is
 * added here before a form relies on it: computed fields, file pickers, dynamic lists, groups with a path,
 * options from an expression, validation given as an expression.
 *
 * <p>Public for the engine's form handlers (org.safar.engine), which find the deployed form and ask it.
 */
public final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    /** Components that show something and take nothing: they have no key. */
    private static final Set<String> SHOWN_ONLY = Set.of("text", "html", "table", "separator", "spacer", "image",
            "button", "iframe");
    private static final Set<String> TEXT = Set.of("textfield", "textarea");
    private static final Set<String> ONE_CHOICE = Set.of("radio", "select");
    private static final Set<String> MANY_CHOICES = Set.of("checklist", "taglist");
    private static final Set<String> CHECKED_VALIDATION = Set.of("required", "minLength", "maxLength", "min", "max",
            "pattern");
    /** Keys of titles and names, which follow the stricter rules of names (no statement separators either). */
    private static final Pattern NAME_KEY = Pattern.compile("title|name|.*(Title|Name)");

    /** A name or a path of names in a FEEL expression: a variable, or a property of one. */
    private static final Pattern PATH = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|(?<![\\w.])([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)(\\s*\\()?");
    private static final Set<String> NOT_VARIABLES = Set.of("if", "then", "else", "and", "or", "not", "null", "true",
            "false", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function",
            "this", "parent", "_this_", "_parent_", "loop", "i");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    private final String id;
    private final Map<String, Field> fields;
    private final Set<String> shownAsMarkdown;

    private CamundaForm(String id, Map<String, Field> fields, Set<String> shownAsMarkdown) {
        this.id = id;
        this.fields = fields;
        this.shownAsMarkdown = shownAsMarkdown;
    }

    /** A field as the form defines it; {@code hiddenWhen} holds its own condition and those of its groups. */
    record Field(String key, String label, String type, JsonNode component, List<String> hiddenWhen) {

        String named() {
            return "\"" + label + "\" (" + key + ")";
        }
    }

    /** The form as deployed: its JSON, the resource that {@code camunda:formRef} names. */
    public static CamundaForm read(byte[] json) {
        JsonNode form;
        try {
            form = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed Camunda Form is not JSON", e);
        }
        String id = form.path("id").asText("");
        Map<String, Field> fields = new LinkedHashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        collect(id, form.path("components"), List.of(), fields, shown);
        fields.keySet().forEach(shown::remove);
        return new CamundaForm(id, Collections.unmodifiableMap(fields), Set.copyOf(shown));
    }

    private static void collect(String form, JsonNode components, List<String> hiddenWhen, Map<String, Field> fields,
            Set<String> shown) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            List<String> conditions = new ArrayList<>(hiddenWhen);
            String hide = component.path("conditional").path("hide").asText(null);
            if (hide != null && hide.startsWith("=")) {
                conditions.add(hide.substring(1));
            }
            if ("text".equals(type)) {
                Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
                while (template.find()) {
                    shown.addAll(paths(template.group(1).replaceFirst("^\\s*[#/](loop|if)\\b", "")));
                }
            }
            if ("group".equals(type)) {
                unsupportedUnless(!component.hasNonNull("path"), form, type, "a path");
                collect(form, component.path("components"), List.copyOf(conditions), fields, shown);
            } else if (!SHOWN_ONLY.contains(type)) {
                Field field = field(form, type, component, List.copyOf(conditions));
                if (fields.put(field.key(), field) != null) {
                    throw new IllegalStateException("Form " + form + " has two fields with the key " + field.key());
                }
            }
        }
    }

    private static Field field(String form, String type, JsonNode component, List<String> hiddenWhen) {
        boolean known = TEXT.contains(type) || ONE_CHOICE.contains(type) || MANY_CHOICES.contains(type)
                || Set.of("number", "checkbox", "datetime").contains(type);
        unsupportedUnless(known, form, type, "its type");
        String key = component.path("key").asText(null);
        unsupportedUnless(key != null && !key.isBlank() && !key.contains("."), form, type, "a key that is a path");
        unsupportedUnless(!component.hasNonNull("valuesExpression"), form, key, "options from an expression");
        component.path("validate").fields().forEachRemaining(rule -> {
            unsupportedUnless(CHECKED_VALIDATION.contains(rule.getKey()), form, key, "validate." + rule.getKey());
            unsupportedUnless(!rule.getValue().asText().startsWith("="), form, key, "validation by an expression");
        });
        return new Field(key, component.path("label").asText(component.path("dateLabel").asText(key)), type, component,
                hiddenWhen);
    }

    private static void unsupportedUnless(boolean supported, String form, String what, String feature) {
        if (!supported) {
            throw new IllegalStateException("Form " + form + ": " + what + " uses " + feature
                    + ", which Safar does not check yet (org.safar.tasklist.CamundaForm)");
        }
    }

    /**
     * The variables, and properties of variables, that FEEL expressions name; string literals and the names
     * of functions left out. Names with spaces, which FEEL allows, are not recognised.
     */
    static Set<String> paths(String expression) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher name = PATH.matcher(expression);
        while (name.find()) {
            String path = name.group(1);
            if (path != null && name.group(2) == null && !NOT_VARIABLES.contains(path.split("\\.")[0])) {
                paths.add(path);
            }
        }
        return paths;
    }

    String id() {
        return id;
    }

    Map<String, Field> fields() {
        return fields;
    }

    /**
     * The variables (or their properties, as paths) that the form's text views put into their Markdown,
     * other than the form's own fields.
     */
    Set<String> shownAsMarkdown() {
        return shownAsMarkdown;
    }

    /** Makes what the form's text views show of these form variables show as the text it is ({@link LiteralText}). */
    public void escapeShownText(VariableMap variables) {
        LiteralText.escape(variables, this);
    }

    /**
     * The values to keep of a submission: those of the fields that the submission leaves visible.
     *
     * @param options the values of the options that a field's {@code valuesKey} names, asked for only when
     *        such a field has a value
     * @throws FormRefused naming every key that is not a field and every rule a value breaks
     */
    public VariableMap check(VariableMap submitted, Function<String, Collection<String>> options) {
        List<Violation> violations = new ArrayList<>();
        for (String key : submitted.keySet()) {
            if (!fields.containsKey(key)) {
                violations.add(new Violation(key, "unknownField", key + " is not a field of the form " + id
                        + ", which takes " + (fields.isEmpty() ? "nothing"
                                : String.join(", ", fields.values().stream().map(Field::named).toList()))));
            }
        }
        if (!violations.isEmpty()) {
            throw new FormRefused(id, violations);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : submitted.keySet()) {
            values.put(key, plain(submitted.getValueTyped(key)));
        }
        VariableMap kept = Variables.createVariables();
        for (Field field : fields.values()) {
            if (hidden(field, values) || field.component().path("disabled").asBoolean(false)) {
                continue;
            }
            checkValue(field, values.get(field.key()), () -> options.apply(field.component()
                    .path("valuesKey").asText()), violations);
            if (submitted.containsKey(field.key())) {
                kept.putValueTyped(field.key(), submitted.getValueTyped(field.key()));
            }
        }
        if (!violations.isEmpty()) {
            throw new FormRefused(id, violations);
        }
        return kept;
    }

    /**
     * Whether a condition of the field (or of a group around it) hides it, as form-js decides it: hidden
     * only when a condition evaluates to {@code true}; a condition that fails to evaluate hides nothing.
     */
    boolean hidden(Field field, Map<String, Object> values) {
        if (field.hiddenWhen().isEmpty()) {
            return false;
        }
        VariableMap context = Variables.fromMap(values);
        for (String condition : field.hiddenWhen()) {
            try {
                if (Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(condition, context.asVariableContext()))) {
                    return true;
                }
            } catch (RuntimeException failed) {
                // form-js shows a field whose condition it cannot evaluate; so does the check.
            }
        }
        return false;
    }

    /**
     * A submitted value as the conditions and the checks see it: text, number, boolean, a list (Json), or
     * the typed value itself when it is none of these. Values from the engine REST API come untyped but for
     * the type the caller names, so the Java value decides.
     */
    private static Object plain(TypedValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SerializableValue serializable) {
            JsonNode json = json(serializable);
            return json == null ? serializable : JSON.convertValue(json, Object.class);
        }
        return value.getValue();
    }

    /** A Json value (Tasklist sends lists so) as a tree; null for any other type. */
    private static JsonNode json(SerializableValue serializable) {
        if (serializable.getType() != SpinValueType.JSON) {
            return null;
        }
        try {
            return JSON.readTree(serializable.isDeserialized() ? String.valueOf(serializable.getValue())
                    : serializable.getValueSerialized());
        } catch (IOException e) {
            return null;
        }
    }

    private static void checkValue(Field field, Object value, Supplier<Collection<String>> options,
            List<Violation> violations) {
        JsonNode component = field.component();
        JsonNode validate = component.path("validate");
        String key = field.key();
        if (empty(field, value)) {
            if (validate.path("required").asBoolean(false)) {
                violations.add(new Violation(key, "required", field.named() + " is required"));
            }
            return;
        }
        String type = field.type();
        if (TEXT.contains(type)) {
            if (!(value instanceof String text)) {
                violations.add(new Violation(key, "type", field.named() + " must be text"));
                return;
            }
            checkText(field, text, violations);
        } else if ("number".equals(type)) {
            checkNumber(field, value, violations);
        } else if ("checkbox".equals(type)) {
            if (!(value instanceof Boolean)) {
                violations.add(new Violation(key, "type", field.named() + " must be true or false"));
            }
        } else if ("datetime".equals(type)) {
            if (!(value instanceof String text) || !dateTime(component.path("subtype").asText("date"), text)) {
                violations.add(new Violation(key, "type", field.named() + " must be a "
                        + component.path("subtype").asText("date").replace("datetime", "date and time")
                        + " in ISO 8601 form, e.g. 2027-03-01"));
            }
        } else if (ONE_CHOICE.contains(type)) {
            if (!(value instanceof String) || !choices(component, options).contains(value)) {
                violations.add(new Violation(key, "option", field.named() + " must be one of its options"));
            }
        } else if (MANY_CHOICES.contains(type)) {
            if (!(value instanceof List<?> chosen) || !chosen.stream().allMatch(String.class::isInstance)) {
                violations.add(new Violation(key, "type", field.named() + " must be a list of its options"));
            } else if (!choices(component, options).containsAll(chosen)) {
                violations.add(new Violation(key, "option", field.named() + " must be chosen from its options"));
            }
        }
    }

    /** Empty as form-js sees it (nothing, "", [] or an unticked checkbox), and blank text as the API sees it. */
    private static boolean empty(Field field, Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty()
                || "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
    }

    private static void checkText(Field field, String text, List<Violation> violations) {
        JsonNode validate = field.component().path("validate");
        String key = field.key();
        int length = text.strip().length();
        if (validate.has("maxLength") && length > validate.get("maxLength").asInt()) {
            violations.add(new Violation(key, "maxLength", field.named() + " must be at most "
                    + validate.get("maxLength").asInt() + " characters long"));
        }
        if (validate.has("minLength") && length < validate.get("minLength").asInt()) {
            violations.add(new Violation(key, "minLength", field.named() + " must be at least "
                    + validate.get("minLength").asInt() + " characters long"));
        }
        if (validate.hasNonNull("pattern") && !Pattern.compile(validate.get("pattern").asText()).matcher(text).find()) {
            violations.add(new Violation(key, "pattern", field.named() + " must match " + validate.get("pattern")
                    .asText()));
        }
        boolean name = NAME_KEY.matcher(key).matches();
        if (name ? !PlainText.Rules.isName(text) : !PlainText.Rules.isProse(text)) {
            violations.add(new Violation(key, "plainText", field.named() + " must be plain text: no markup (< >),"
                    + " no expressions (${ } or #{ }), no control characters" + (name ? ", no ; or --" : "")));
        }
    }

    private static void checkNumber(Field field, Object value, List<Violation> violations) {
        JsonNode component = field.component();
        JsonNode validate = component.path("validate");
        String key = field.key();
        BigDecimal number = null;
        try {
            if (value instanceof Number numeric && Double.isFinite(numeric.doubleValue())) {
                number = new BigDecimal(numeric.toString());
            } else if (value instanceof String text && component.path("serializeToString").asBoolean(false)) {
                number = new BigDecimal(text.strip());
            }
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            violations.add(new Violation(key, "type", field.named() + " must be a number"));
            return;
        }
        if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
            violations.add(new Violation(key, "min", field.named() + " must be at least " + validate.get("min")));
        }
        if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
            violations.add(new Violation(key, "max", field.named() + " must be at most " + validate.get("max")));
        }
        if (component.has("decimalDigits") && number.stripTrailingZeros().scale() > component.get("decimalDigits")
                .asInt()) {
            violations.add(new Violation(key, "decimalDigits", field.named() + " takes at most "
                    + component.get("decimalDigits").asInt() + " decimal digits"));
        }
        if (component.hasNonNull("increment")) {
            BigDecimal increment = new BigDecimal(component.get("increment").asText());
            if (increment.signum() > 0 && number.remainder(increment).signum() != 0) {
                violations.add(new Violation(key, "increment", field.named() + " must be a multiple of " + increment));
            }
        }
    }

    private static boolean dateTime(String subtype, String text) {
        List<Function<String, Object>> parsers = switch (subtype) {
            case "time" -> List.of(LocalTime::parse, OffsetTime::parse);
            case "datetime" -> List.of(LocalDateTime::parse, OffsetDateTime::parse);
            default -> List.of(LocalDate::parse);
        };
        for (Function<String, Object> parser : parsers) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // the next form, if any
            }
        }
        return false;
    }

    /** The values a choice offers: its own, or those of the variable its {@code valuesKey} names. */
    private static Collection<String> choices(JsonNode component, Supplier<Collection<String>> fromVariable) {
        if (component.has("values")) {
            return StreamSupport.stream(component.get("values").spliterator(), false)
                    .map(option -> option.path("value").asText()).toList();
        }
        return fromVariable.get();
    }

    /**
     * The values of options as form-js reads them from a variable: a list of {@code {label, value}}, or of
     * plain values.
     */
    public static List<String> optionValues(TypedValue options) {
        Object plain = plain(options);
        if (!(plain instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(option -> option instanceof Map<?, ?> map ? map.get("value") : option)
                .map(String::valueOf).toList();
    }
}
