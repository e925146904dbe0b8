package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** A start form as served: the options written in as FEEL lists, a following select filtered by its leader. */
class ServedStartFormTest {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private static final String FORM = """
            {"id": "f", "components": [
              {"type": "select", "id": "Field_D", "key": "chosenDelegation", "valuesKey": "delegationOptions"},
              {"type": "select", "id": "Field_M", "key": "chosenMember", "valuesKey": "memberOptions",
               "properties": {"optionsFollow": "chosenDelegation"}},
              {"type": "textarea", "id": "Field_R", "key": "changeReason"}]}""";

    private static final Map<String, List<FormOption>> OPTIONS = Map.of(
            "delegationOptions", List.of(new FormOption("SAF-2026-0042 · Study trip \"Berlin\" \\ 2026", "42"),
                    new FormOption("SAF-2026-0043 · Course", "43")),
            "memberOptions", List.of(new FormOption("Jasur Tursunov", "42:7"), new FormOption("Malika Yusupova", "42:8"),
                    new FormOption("Oybek Sobirov", "43:9")));

    @Test
    void theOptionsAreWrittenInAndTheFollowingSelectListsTheChosenDelegationsMembersOnly() throws IOException {
        JsonNode served = served(FORM);
        JsonNode delegation = served.get("components").get(0);
        assertThat(delegation.has("valuesKey")).isFalse();
        assertThat(labels(evaluate(delegation.get("valuesExpression").asText(), null)))
                .containsExactly("SAF-2026-0042 · Study trip \"Berlin\" \\ 2026", "SAF-2026-0043 · Course");

        String members = served.get("components").get(1).get("valuesExpression").asText();
        assertThat(values(evaluate(members, "42"))).containsExactly("42:7", "42:8");
        assertThat(values(evaluate(members, "43"))).containsExactly("43:9");
        // "4" is no prefix of "42:7": the colon ends the delegation's id.
        assertThat(values(evaluate(members, "4"))).isEmpty();
        assertThat(values(evaluate(members, null))).isEmpty();
    }

    @Test
    void aFormWithoutSuchFieldsIsServedAsItIs() {
        byte[] form = """
                {"id": "g", "components": [{"type": "textarea", "id": "Field_R", "key": "changeReason"}]}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ServedStartForm.withOptions(form, OPTIONS)).isSameAs(form);
    }

    private static JsonNode served(String form) throws IOException {
        return new ObjectMapper().readTree(ServedStartForm.withOptions(form.getBytes(StandardCharsets.UTF_8), OPTIONS));
    }

    private static List<?> evaluate(String expression, String chosenDelegation) {
        Object result = FEEL.evaluateSimpleExpression(expression.substring(1),
                Variables.createVariables().putValue("chosenDelegation", chosenDelegation).asVariableContext());
        return result == null ? List.of() : (List<?>) result;
    }

    private static List<String> labels(List<?> options) {
        return options.stream().map(option -> String.valueOf(((Map<?, ?>) option).get("label"))).toList();
    }

    private static List<String> values(List<?> options) {
        return options.stream().map(option -> String.valueOf(((Map<?, ?>) option).get("value"))).toList();
    }
}
