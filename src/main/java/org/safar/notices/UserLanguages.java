package org.safar.notices;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.safar.identity.CurrentUser;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The language each person reads Safar's messages in, kept with their Camunda user (as user info), so
 * that it lives wherever the people do.
 */
@Component
public class UserLanguages {

    /** The user-info key under which the language is kept. */
    public static final String USER_INFO_KEY = "language";

    /** English first, then the languages of Safar's users: Russian, Uzbek (Latin), Kazakh and Mongolian. */
    public static final List<String> SUPPORTED = List.of("en", "ru", "uz", "kk", "mn");

    private static final String DEFAULT = "en";

    private final IdentityService identity;
    private final CurrentUser currentUser;

    UserLanguages(IdentityService identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    /** The person's language, English when they chose none. */
    public String of(String userId) {
        String chosen = currentUser.asSafar(() -> identity.getUserInfo(userId, USER_INFO_KEY));
        return chosen != null && SUPPORTED.contains(chosen) ? chosen : DEFAULT;
    }

    public Locale localeOf(String userId) {
        return Locale.forLanguageTag(of(userId));
    }

    public void set(String userId, String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(code)) {
            throw new InvalidRequestException("language", "supported",
                    "Choose one of " + String.join(", ", SUPPORTED) + "; '" + language + "' is not one of them");
        }
        currentUser.asSafar(() -> {
            identity.setUserInfo(userId, USER_INFO_KEY, code);
            return code;
        });
    }
}
