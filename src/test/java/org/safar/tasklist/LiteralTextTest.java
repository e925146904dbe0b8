package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

/** Values escaped so that form-js's Markdown shows them as the text they are. */
class LiteralTextTest {

    @Test
    void markupAndLinksBecomeLiteralText() {
        assertThat(LiteralText.markdown("[log in](https://evil.example)"))
                .isEqualTo("\\[log in\\]\\(https\\:\\/\\/evil\\.example\\)");
        assertThat(LiteralText.markdown("<a href=\"https://evil.example\">log in</a>"))
                .isEqualTo("\\<a href\\=\\\"https\\:\\/\\/evil\\.example\\\"\\>log in\\<\\/a\\>");
        assertThat(LiteralText.markdown("see www.evil.example or ann@evil.example"))
                .isEqualTo("see www\\.evil\\.example or ann\\@evil\\.example");
        assertThat(LiteralText.markdown("**bold** _it_ # head\n    code\n- item"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\# head\ncode\n\\- item");
    }

    @Test
    void wordsAndTheCodesTemplatesCompareStayAsTheyAre() {
        assertThat(LiteralText.markdown("SHORT_COURSE")).isEqualTo("SHORT_COURSE");
        assertThat(LiteralText.markdown("Ташкент, Самарканд")).isEqualTo("Ташкент\\, Самарканд");
        assertThat(LiteralText.markdown("Host postponed\nby a month")).isEqualTo("Host postponed\nby a month");
    }

    @Test
    void onlyWhatTextViewsShowIsEscapedInsideJsonToo() {
        CamundaForm form = CamundaForm.read("""
                {"id": "f", "components": [
                  {"type": "text", "text": "{{reason}} {{report.learned}} {{#loop split(problems, \\"\\\\n\\")}}{{this}}{{/loop}}"},
                  {"type": "table", "dataSource": "=report.goodPractices", "columns": []},
                  {"type": "textarea", "key": "note"}]}""".getBytes());
        VariableMap variables = Variables.createVariables()
                .putValue("reason", "[x](https://e)")
                .putValue("problems", "<b>")
                .putValue("note", "[kept](as typed)")
                .putValueTyped("report", SpinValues.jsonValue(
                        "{\"learned\": \"<i>\", \"goodPractices\": [{\"title\": \"<u>\"}]}").create());
        LiteralText.escape(variables, form);
        assertThat(variables.getValue("reason", String.class)).isEqualTo("\\[x\\]\\(https\\:\\/\\/e\\)");
        assertThat(variables.getValue("problems", String.class)).isEqualTo("\\<b\\>");
        assertThat(variables.getValue("note", String.class)).isEqualTo("[kept](as typed)");
        assertThat(variables.<JsonValue>getValueTyped("report").getValueSerialized())
                .isEqualTo("{\"learned\":\"\\\\<i\\\\>\",\"goodPractices\":[{\"title\":\"<u>\"}]}");
    }
}
