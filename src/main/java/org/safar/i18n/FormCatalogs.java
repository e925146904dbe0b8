package org.safar.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Safar's task forms in the other languages. Each form's .form file in forms/ stays its one
 * definition, in English; the catalog of a language ({@code i18n/forms/<code>.yaml}) holds only the
 * translated texts, by form id, component id and property (see {@link FormTexts}), and they take the
 * place of the English ones when a form is served.
 */
@Component
public class FormCatalogs {

    static final String LOCATION = "i18n/forms/";

    private final Map<Language, Map<String, Map<String, String>>> catalogs = new EnumMap<>(Language.class);

    FormCatalogs() {
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                catalogs.put(language, load(language));
            }
        }
    }

    /** The form in the language, as far as the catalog has its texts; the English form for English. */
    public JsonNode translate(JsonNode form, Language language) {
        if (language == Language.EN) {
            return form;
        }
        Map<String, String> texts = texts(language, form.path("id").asText());
        JsonNode translated = form.deepCopy();
        FormTexts.translate(translated, texts::get);
        return translated;
    }

    /** The translated texts of one form by path; empty for a form the catalog does not know. */
    Map<String, String> texts(Language language, String formId) {
        return catalogs.getOrDefault(language, Map.of()).getOrDefault(formId, Map.of());
    }

    static Map<String, Map<String, String>> load(Language language) {
        ClassPathResource resource = new ClassPathResource(LOCATION + language.code() + ".yaml");
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> forms = yaml().load(in);
            Map<String, Map<String, String>> catalog = new LinkedHashMap<>();
            forms.forEach((formId, components) -> {
                Map<String, String> texts = new LinkedHashMap<>();
                flatten("", components, texts);
                catalog.put(formId, texts);
            });
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form catalog " + resource.getPath(), e);
        }
    }

    /**
     * Reads every scalar as text: a column key such as {@code on} or an option value {@code true} is
     * a key, where YAML would otherwise read a boolean.
     */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        DumperOptions notUsedForReading = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(notUsedForReading), notUsedForReading, options, new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        });
    }

    private static void flatten(String prefix, Object node, Map<String, String> texts) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, texts));
        } else if (node != null) {
            texts.put(prefix, node.toString());
        }
    }
}
