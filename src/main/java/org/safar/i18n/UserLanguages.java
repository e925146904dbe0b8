package org.safar.i18n;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
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
    /** What this node last saw each user ask for, to spare the database a write per request. */
    private final Map<String, Language> lastAsked = new ConcurrentHashMap<>();

    UserLanguages(IdentityService identity) {
        this.identity = identity;
    }

    public Language of(String userId) {
        return Language.of(identity.getUserInfo(userId, USER_INFO_KEY)).orElse(Language.EN);
    }

    /** Writes only when the language changes, since Tasklist tells it with every request. */
    void remember(String userId, Language language) {
        if (lastAsked.get(userId) != language) {
            if (of(userId) != language) {
                identity.setUserInfo(userId, USER_INFO_KEY, language.code());
            }
            lastAsked.put(userId, language);
        }
    }
}
