package org.safar.i18n;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.safar.identity.CurrentUser;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.springframework.stereotype.Component;

/**
 * The language each user works in, as Tasklist last asked for it (the one they picked, else their
 * browser's), kept with the user in Camunda's identity service so that what Safar writes to them
 * outside Tasklist, such as an e-mail, speaks the same language. English for a user never seen.
 */
@Component
public class UserLanguages {

    /** The key of the user's language among their Camunda user info. */
    static final String USER_INFO_KEY = "safar.language";

    private final IdentityService identity;
    private final CurrentUser currentUser;
    /** What this node last saw each user ask for, to spare the database a write per request. */
    private final Map<String, Language> lastAsked = new ConcurrentHashMap<>();

    UserLanguages(IdentityService identity, CurrentUser currentUser) {
        this.identity = identity;
        this.currentUser = currentUser;
    }

    public Language of(String userId) {
        return Language.of(currentUser.asSafar(() -> identity.getUserInfo(userId, USER_INFO_KEY)))
                .orElse(Language.EN);
    }

    /** A language the user chose outside Tasklist (over the API, or for a demo user). */
    public Language choose(String userId, String tag) {
        Language language = Language.of(tag).orElseThrow(() -> tag == null || tag.isBlank()
                ? new InvalidRequestException("language", Rule.REQUIRED, ApiMessages.text("required"))
                : new InvalidRequestException("language", Rule.ONE_OF, ApiMessages.text("oneOf",
                        Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", ")))));
        currentUser.asSafar(() -> {
            identity.setUserInfo(userId, USER_INFO_KEY, language.code());
            return language;
        });
        lastAsked.remove(userId);
        return language;
    }

    /** Writes only when the language changes, since Tasklist tells it with every request. */
    public void remember(String userId, Language language) {
        if (lastAsked.get(userId) != language) {
            if (of(userId) != language) {
                identity.setUserInfo(userId, USER_INFO_KEY, language.code());
            }
            lastAsked.put(userId, language);
        }
    }
}
