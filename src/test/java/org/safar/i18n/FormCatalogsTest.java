package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text of every form in forms/ has its translation in every language, so that a new field
 * without one fails the build; and a translation keeps the form's expressions.
 */
class FormCatalogsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    /** Strings an expression compares with, such as "SHORT_COURSE", rather than shows. */
    private static final Pattern VALUE = Pattern.compile("[A-Z_]*|\\\\n");

    private final ObjectMapper json = new ObjectMapper();
    private final FormCatalogs catalogs = new FormCatalogs();

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTextOfEveryFormIsTranslated(Language language) throws IOException {
        Map<String, JsonNode> forms = forms();
        SoftAssertions softly = new SoftAssertions();
        forms.forEach((formId, form) -> {
            Map<String, String> english = FormTexts.of(form);
            Map<String, String> translated = catalogs.texts(language, formId);
            english.forEach((path, text) -> {
                String translation = translated.get(path);
                softly.assertThat(translation).as("%s of %s in %s (English: %s)", path, formId, language, text)
                        .isNotBlank();
                if (translation != null) {
                    softly.assertThat(expressions(translation)).as("expressions of %s of %s in %s", path, formId, language)
                            .isEqualTo(expressions(text));
                }
            });
            translated.keySet().forEach(path -> softly.assertThat(english).as("%s of %s in %s is no text of the form",
                    path, formId, language).containsKey(path));
        });
        FormCatalogs.load(language).keySet().forEach(formId ->
                softly.assertThat(forms).as("form %s of the %s catalog", formId, language).containsKey(formId));
        softly.assertAll();
    }

    @Test
    void aTranslatedFormKeepsEverythingButItsTexts() throws IOException {
        JsonNode english = forms().get("clearMember");
        JsonNode russian = catalogs.translate(english, Language.RU);

        JsonNode clearance = component(russian, "Field_Clearance");
        assertThat(clearance.get("label").asText()).isEqualTo("Допуск");
        assertThat(clearance.get("values").findValuesAsText("label")).containsExactly("Допущен", "Не допущен");
        assertThat(clearance.get("values").findValuesAsText("value")).containsExactly("CLEARED", "REFUSED");
        assertThat(clearance.get("key").asText()).isEqualTo("clearance");
        assertThat(component(russian, "Field_ClearanceNote").get("conditional"))
                .isEqualTo(component(english, "Field_ClearanceNote").get("conditional"));
        assertThat(component(english, "Field_Clearance").get("label").asText()).as("the deployed form").isEqualTo("Clearance");
        assertThat(catalogs.translate(english, Language.EN)).isSameAs(english);
    }

    /** The expressions of a text, the strings they show blanked out: a translation shows other words. */
    private static List<String> expressions(String text) {
        List<String> found = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher string = STRING.matcher(expression.group(1));
            StringBuilder shape = new StringBuilder();
            while (string.find()) {
                string.appendReplacement(shape, VALUE.matcher(string.group(1)).matches()
                        ? Matcher.quoteReplacement(string.group()) : "\"\"");
            }
            string.appendTail(shape);
            found.add(shape.toString().strip());
        }
        Collections.sort(found);
        return found;
    }

    private static JsonNode component(JsonNode form, String id) {
        for (JsonNode component : form.get("components")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("No component " + id);
    }

    private Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode form = json.readTree(in);
                forms.put(form.get("id").asText(), form);
            }
        }
        assertThat(forms).as("Safar's forms").isNotEmpty();
        return forms;
    }
}
