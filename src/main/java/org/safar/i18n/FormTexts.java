package org.safar.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts a person reads in a Camunda Form, each under a path of the component's id and the
 * property: {@code Field_Clearance.label}, {@code Text_Intro.text}, {@code Field_Clearance.values.CLEARED}
 * for the label of a static option (by its value), {@code Table_Members.columns.fullName} for a
 * table's column (by its key). Values that come from variables are data, not texts of the form.
 */
final class FormTexts {

    /** Properties of a component that a person reads. */
    static final List<String> PROPERTIES = List.of("label", "dateLabel", "description", "text", "content", "placeholder", "alt", "title");

    private FormTexts() {
    }

    /** The form's English texts by path, in the order of the form. */
    static Map<String, String> of(JsonNode form) {
        Map<String, String> texts = new LinkedHashMap<>();
        visit(form, (path, text) -> {
            texts.put(path, text);
            return text;
        });
        return texts;
    }

    /** Replaces every text for which {@code translation} has one; it answers null where it has none. */
    static void translate(JsonNode form, Function<String, String> translation) {
        visit(form, (path, text) -> translation.apply(path));
    }

    private interface Visitor {
        /** Answers the text to put in place of the one at the path, or null to keep it. */
        String visit(String path, String text);
    }

    private static void visit(JsonNode container, Visitor visitor) {
        for (JsonNode component : container.path("components")) {
            String id = component.path("id").asText();
            for (String property : PROPERTIES) {
                replace(component, property, id + "." + property, visitor);
            }
            for (JsonNode option : component.path("values")) {
                replace(option, "label", id + ".values." + option.path("value").asText(), visitor);
            }
            for (JsonNode column : component.path("columns")) {
                replace(column, "label", id + ".columns." + column.path("key").asText(), visitor);
            }
            visit(component, visitor);
        }
    }

    private static void replace(JsonNode owner, String property, String path, Visitor visitor) {
        JsonNode text = owner.get(property);
        if (text != null && text.isTextual() && !text.asText().isBlank()) {
            String replacement = visitor.visit(path, text.asText());
            if (replacement != null) {
                ((ObjectNode) owner).put(property, replacement);
            }
        }
    }
}
