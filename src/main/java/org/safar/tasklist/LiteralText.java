package org.safar.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.type.SpinValueType;

/**
 * Values that a form's text views show, made to show as the text they are. Tasklist's form-js puts a
 * value into a text view's template as it is, renders the result as Markdown (GFM, with line breaks) and
 * keeps the links and images of the HTML that comes out; so a stored reason {@code [log in](https://…)},
 * {@code <a href=…>} or a bare {@code https://…} would be a link on the form. Escaped here, in the form
 * variables that Tasklist loads, each shows literally: every ASCII punctuation character gets the backslash
 * that Markdown reads as "this character, as it is" (CommonMark, "Backslash escapes"), and the indentation
 * that would make a line code is dropped.
 *
 * <p>An underscore inside a word is left alone: Markdown never reads it as emphasis there, and the codes
 * that templates compare ({@code delegation.kind = "SHORT_COURSE"}) stay equal. Only what a text view
 * names is escaped: tables and the options of selects show their values as text already, and a field's
 * own value is what its input shows.
 */
final class LiteralText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Pattern INDENTATION = Pattern.compile("(?m)^[ \\t]+");

    private LiteralText() {
    }

    /** Text that Markdown renders as itself. */
    static String markdown(String text) {
        String unindented = INDENTATION.matcher(text).replaceAll("");
        StringBuilder literal = new StringBuilder(unindented.length() + 16);
        for (int i = 0; i < unindented.length(); i++) {
            char c = unindented.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0 && !(c == '_' && inWord(unindented, i))) {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.toString();
    }

    private static boolean inWord(String text, int at) {
        return at > 0 && at < text.length() - 1 && Character.isLetterOrDigit(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /**
     * Escapes, in form variables, the text at each path that the form's text views show: a variable, or a
     * property of a JSON variable ({@code report.learned}); everything below it, in lists and objects, too.
     */
    static void escape(VariableMap variables, CamundaForm form) {
        for (String shown : form.shownAsMarkdown()) {
            List<String> path = Arrays.asList(shown.split("\\."));
            TypedValue value = variables.getValueTyped(path.get(0));
            TypedValue escaped = escaped(value, path.subList(1, path.size()));
            if (escaped != value) {
                variables.putValueTyped(path.get(0), escaped);
            }
        }
    }

    private static TypedValue escaped(TypedValue value, List<String> path) {
        if (value == null) {
            return null;
        }
        if (value instanceof StringValue || value.getType() == null && value.getValue() instanceof String) {
            return path.isEmpty() && value.getValue() != null
                    ? Variables.stringValue(markdown((String) value.getValue()), value.isTransient()) : value;
        }
        if (value instanceof SerializableValue serializable && value.getType() == SpinValueType.JSON) {
            try {
                String json = serializable.isDeserialized() ? String.valueOf(serializable.getValue())
                        : serializable.getValueSerialized();
                JsonNode tree = JSON.readTree(json);
                String literal = JSON.writeValueAsString(escaped(tree, path));
                return serializable.isDeserialized() ? SpinValues.jsonValue(Spin.JSON(literal)).create()
                        : SpinValues.jsonValue(literal).create();
            } catch (IOException e) {
                return value;
            }
        }
        return value;
    }

    private static JsonNode escaped(JsonNode node, List<String> path) {
        if (node == null) {
            return null;
        }
        if (!path.isEmpty()) {
            if (node instanceof ObjectNode object && object.has(path.get(0))) {
                object.set(path.get(0), escaped(object.get(path.get(0)), path.subList(1, path.size())));
            }
            return node;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(markdown(node.asText()));
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, escaped(array.get(i), path));
            }
        } else if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, escaped(object.get(name), path)));
        }
        return node;
    }
}
