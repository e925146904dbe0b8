package org.safar.i18n;

import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safar.identity.SafarGroups;
import org.springframework.stereotype.Component;

/**
 * Process, task, group and filter names as a user reads them in their language, from the bundle
 * {@code i18n/tasklist} (see tasklist.properties for its keys). The engine keeps the English names of
 * processes/*.bpmn, extended where a task is named after a person or marked overdue; these are taken
 * apart and put together again in the other language. A name the bundle does not know stays as it is.
 */
@Component
public class TasklistNames {

    static final String BUNDLE = "i18n/tasklist";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String processName(String processDefinitionKey, String name, Language language) {
        return same("process." + processDefinitionKey, name, language);
    }

    public String taskDescription(String taskDefinitionKey, String description, Language language) {
        return same("task." + taskDefinitionKey + ".description", description, language);
    }

    /** A task's name, e.g. "Submit trip report: Jasur Tursunov (overdue)". */
    public String taskName(String taskDefinitionKey, String name, Language language) {
        if (name == null || language == Language.EN) {
            return name;
        }
        Matcher overdue = pattern(english("task.overdue").orElseThrow()).matcher(name);
        if (overdue.matches()) {
            return text(language, "task.overdue").replace("{0}", taskName(taskDefinitionKey, overdue.group(1), language));
        }
        String key = "task." + taskDefinitionKey;
        Optional<String> base = english(key);
        if (base.isEmpty()) {
            return name;
        }
        if (name.equals(base.get())) {
            return text(language, key);
        }
        Optional<String> named = english(key + ".named");
        if (named.isPresent()) {
            Matcher person = pattern(named.get()).matcher(name);
            return person.matches() ? text(language, key + ".named").replace("{0}", person.group(1)) : name;
        }
        Matcher person = pattern(english("task.named").orElseThrow().replace("{0}", base.get()).replace("{1}", "{0}"))
                .matcher(name);
        return person.matches()
                ? text(language, "task.named").replace("{0}", text(language, key)).replace("{1}", person.group(1))
                : name;
    }

    /** A Camunda group's name, e.g. "Personnel and security vetting" or "Embassy liaison, JP". */
    public String groupName(String groupId, String name, Language language) {
        if (name == null || language == Language.EN) {
            return name;
        }
        if (groupId.startsWith(SafarGroups.EMBASSY_PREFIX)) {
            Matcher country = pattern(english("group.embassy").orElseThrow()).matcher(name);
            return country.matches() ? text(language, "group.embassy").replace("{0}", country.group(1)) : name;
        }
        return same("group." + groupId, name, language);
    }

    /** The name or the description of a Tasklist filter, found by its English text. */
    public String filterText(String text, Language language) {
        if (text == null || language == Language.EN) {
            return text;
        }
        ResourceBundle english = bundle(Language.EN);
        for (Enumeration<String> keys = english.getKeys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            if (key.startsWith("filter.") && english.getString(key).equals(text)) {
                return text(language, key);
            }
        }
        return text;
    }

    private String same(String key, String english, Language language) {
        if (english == null || language == Language.EN) {
            return english;
        }
        return english(key).filter(english::equals).map(known -> text(language, key)).orElse(english);
    }

    private static Optional<String> english(String key) {
        ResourceBundle english = bundle(Language.EN);
        return english.containsKey(key) ? Optional.of(english.getString(key)) : Optional.empty();
    }

    private static String text(Language language, String key) {
        return bundle(language).getString(key);
    }

    /** A pattern with one placeholder {0}, which captures what stands in its place. */
    private static Pattern pattern(String withPlaceholder) {
        int at = withPlaceholder.indexOf("{0}");
        return Pattern.compile(Pattern.quote(withPlaceholder.substring(0, at)) + "(.+)"
                + Pattern.quote(withPlaceholder.substring(at + 3)));
    }

    static ResourceBundle bundle(Language language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No " + BUNDLE + " for " + language, e);
        }
    }
}
