package org.safar.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist's own texts: every string of the locale file that Camunda ships (en.json of the webjar)
 * is in every other language, and Tasklist offers each of them.
 */
class TasklistLocalesTest {

    private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyStringOfTasklistIsTranslated(Language language) throws IOException {
        JsonNode english = read(TASKLIST + "locales/en.json");
        JsonNode translated = read(TASKLIST + "locales/" + language.code() + ".json");
        SoftAssertions softly = new SoftAssertions();
        english.path("labels").fields().forEachRemaining(label -> {
            String key = label.getKey();
            String text = label.getValue().asText();
            JsonNode translation = translated.path("labels").get(key);
            softly.assertThat(translation).as("%s of %s", key, language).isNotNull();
            if (translation == null) {
                return;
            }
            if (!text.isBlank()) {
                softly.assertThat(translation.asText()).as("%s of %s", key, language).isNotBlank();
            }
            softly.assertThat(all(PLACEHOLDER, translation.asText())).as("placeholders of %s in %s", key, language)
                    .isEqualTo(all(PLACEHOLDER, text));
            softly.assertThat(all(HTML_TAG, translation.asText())).as("HTML of %s in %s", key, language)
                    .isEqualTo(all(HTML_TAG, text));
        });
        translated.path("labels").fieldNames().forEachRemaining(key ->
                softly.assertThat(english.path("labels").has(key)).as("%s of %s is no key of Tasklist", key, language).isTrue());
        english.path("dateLocales").fieldNames().forEachRemaining(key ->
                softly.assertThat(translated.path("dateLocales").has(key)).as("dateLocales.%s of %s", key, language).isTrue());
        softly.assertAll();
    }

    @Test
    void tasklistOffersEveryLanguageAndItsMenuNamesEach() throws IOException {
        String config = text(TASKLIST + "scripts/config.js");
        Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
        assertThat(available.find()).as("availableLocales in config.js").isTrue();
        List<String> codes = Arrays.stream(Language.values()).map(Language::code).toList();
        assertThat(available.group(1).replaceAll("[\\s']", "").split(",")).containsExactlyElementsOf(codes);
        String menu = text(TASKLIST + "safar/tasklist.js");
        codes.forEach(code -> assertThat(menu).as("language menu").contains("code: '" + code + "'"));
    }

    @Test
    void everyShortcutIsDescribedInEveryLanguage() throws IOException {
        JsonNode messages = read(TASKLIST + "safar/tasklist-messages.json");
        Matcher description = Pattern.compile("description:\\s*(['\"])(.*?)\\1").matcher(text(TASKLIST + "scripts/config.js"));
        List<String> described = new ArrayList<>();
        while (description.find()) {
            described.add(description.group(2));
        }
        assertThat(described).as("shortcut descriptions in config.js").isNotEmpty()
                .allSatisfy(english -> assertThat(messages.has(english)).as("%s in tasklist-messages.json", english).isTrue());
    }

    /** The date picker's months and weekdays in every language but English, which Angular has. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void theDatePickerNamesMonthsAndWeekdays(Language language) throws IOException {
        JsonNode names = read(TASKLIST + "safar/date-names.json").path(language.code());
        assertThat(names.path("months")).as("months in %s", language).hasSize(12);
        assertThat(names.path("shortMonths")).as("short months in %s", language).hasSize(12);
        assertThat(names.path("days")).as("weekdays in %s", language).hasSize(7);
        assertThat(names.path("shortDays")).as("short weekdays in %s", language).hasSize(7);
    }

    /**
     * The English texts that form-js writes itself, and Safar's own texts of the page (keyboard shortcuts,
     * names of icon-only controls, a refused form): each in every other language, with the same values.
     */
    @ParameterizedTest
    @ValueSource(strings = {"safar/form-js-messages.json", "safar/tasklist-messages.json"})
    void messagesAreTranslatedWithTheirValues(String catalog) throws IOException {
        JsonNode messages = read(TASKLIST + catalog);
        assertThat(messages.size()).isPositive();
        SoftAssertions softly = new SoftAssertions();
        messages.fields().forEachRemaining(message -> {
            for (Language language : Language.values()) {
                if (language == Language.EN) {
                    continue;
                }
                JsonNode translation = message.getValue().get(language.code());
                softly.assertThat(translation).as("%s in %s", message.getKey(), language).isNotNull();
                if (translation != null) {
                    softly.assertThat(all(Pattern.compile("\\{\\d}"), translation.asText()))
                            .as("values of %s in %s", message.getKey(), language)
                            .isEqualTo(all(Pattern.compile("\\{\\d}"), message.getKey()));
                }
            }
        });
        softly.assertAll();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    private JsonNode read(String resource) throws IOException {
        return json.readTree(text(resource));
    }

    /** Camunda's locale files begin with a byte order mark, which Jackson does not skip. */
    private static String text(String resource) throws IOException {
        URL url = TasklistLocalesTest.class.getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }
}
