package org.safar.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What Safar's API says to a person, from {@code i18n/api*.properties}: English in the base file,
 * Russian, Uzbek (Latin), Kazakh and Mongolian beside it. The language is the caller's (the one
 * Safar writes their e-mails in), as the API's locale resolver found it for the request.
 */
public final class ApiMessages {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/api");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        // Every text through MessageFormat, with or without arguments: a quote is written the same way in all.
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    private ApiMessages() {
    }

    /** The text of a key in the language of the request being answered. */
    public static String text(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, language());
    }

    /** The text of a key in a given language: for what Safar stores and shows to whoever reads it later. */
    public static String text(Locale language, String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, language);
    }

    /** The text of a key, or the given English text where the key is not one of Safar's messages. */
    static String textOr(String key, String english, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, english, language());
    }

    /** The language of the request being answered; English outside a request. */
    public static Locale language() {
        return LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale();
    }
}
