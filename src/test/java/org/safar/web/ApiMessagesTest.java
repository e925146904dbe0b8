package org.safar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message of Safar's API exists in every language it speaks, and each is a well-formed MessageFormat. */
class ApiMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "uz", "kk", "mn"})
    void everyLanguageSaysWhatEnglishSays(String language) throws IOException {
        Properties english = messages("");
        Properties translated = messages("_" + language);
        assertThat(translated.stringPropertyNames()).as("keys of api_%s.properties", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThatCode(() -> new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {"a", "b", "c", "d"}))
                    .as("%s in %s: %s", key, language, text).doesNotThrowAnyException();
            assertThat(placeholders(text)).as("the placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties messages(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiMessagesTest.class.getResourceAsStream("/i18n/api" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
