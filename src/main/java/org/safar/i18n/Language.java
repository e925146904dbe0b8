package org.safar.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Safar speaks: English first, then the languages of its users. Uzbek is written in
 * the Latin script, the official one; Kazakh and Mongolian in Cyrillic.
 */
public enum Language {

    EN("en"), RU("ru"), UZ("uz"), KK("kk"), MN("mn");

    /**
     * Set by Tasklist's language menu (safar/tasklist.js) when a user picks a language; it outranks
     * the browser's language.
     */
    public static final String COOKIE = "safar-language";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as Tasklist names its locale files. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(candidate -> candidate.code.equals(language)).findFirst();
    }

    /**
     * The language a request asks for: the one the user picked in Tasklist, else the browser's first
     * language as Tasklist itself chooses it (the first entry of Accept-Language only, so that the
     * forms and names never speak another language than the page around them), else English.
     */
    public static Language requestedBy(HttpServletRequest request) {
        return chosen(request.getCookies())
                .or(() -> firstOf(request.getHeader("Accept-Language")))
                .orElse(EN);
    }

    private static Optional<Language> chosen(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> of(cookie.getValue()));
    }

    private static Optional<Language> firstOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().findFirst()
                    .flatMap(range -> of(range.getRange()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
