package org.safar.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A start form as Tasklist receives it: each select that takes its options from a variable
 * ({@code valuesKey}) gets them written in as a FEEL list ({@code valuesExpression}), since a start form
 * is shown without variables. The deployed form keeps its {@code valuesKey}, which is what submissions
 * are checked against ({@link CamundaForm}).
 */
public final class ServedStartForm {

    /** The custom property of a select whose options follow the value of another field. */
    public static final String FOLLOWS = "optionsFollow";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedStartForm() {
    }

    /** The form with the options written in; the form unchanged when none of its fields takes them. */
    public static byte[] withOptions(byte[] form, Map<String, List<FormOption>> options) {
        try {
            JsonNode root = JSON.readTree(form);
            if (!writeIn(root.path("components"), options)) {
                return form;
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed Camunda Form is not JSON", e);
        }
    }

    private static boolean writeIn(JsonNode components, Map<String, List<FormOption>> options) {
        boolean written = false;
        for (JsonNode component : components) {
            written |= writeIn(component.path("components"), options);
            List<FormOption> choices = options.get(component.path("valuesKey").asText(""));
            if (choices == null) {
                continue;
            }
            String follows = component.path("properties").path(FOLLOWS).asText("");
            String list = choices.stream()
                    .map(option -> "{label: " + literal(option.label()) + ", value: " + literal(option.value()) + "}")
                    .collect(Collectors.joining(", ", "[", "]"));
            // A following select lists the options of the chosen one only; nothing while none is chosen.
            String filter = follows.isEmpty() ? "" : "[starts with(value, " + follows + " + \":\")]";
            ((ObjectNode) component).remove("valuesKey");
            ((ObjectNode) component).put("valuesExpression", "=" + list + filter);
            written = true;
        }
        return written;
    }

    /** A FEEL string literal: quotes, backslashes and line breaks escaped. */
    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
    }
}
