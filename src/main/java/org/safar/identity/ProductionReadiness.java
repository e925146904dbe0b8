package org.safar.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.safar.StartRefused;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production no account may keep a password anyone could guess: its own user id (as the demo's
 * accounts have) or a common default. The engine's password policy keeps such passwords out from now
 * on, but not those saved before it was on, as in a database that once held the demo. Stored hashes
 * are compared with the guesses directly ({@link StoredPasswords}), so the check counts no failed
 * logins against anyone. {@link StartPasswords} runs it once it has set the passwords configuration
 * gives, so that an account given a new password with SAFAR_SET_PASSWORDS passes at the same start.
 *
 * <p>What the administrator's password must be is checked before anything starts
 * (org.safar.operations.StartSettings).
 */
@Component
@Profile("prod")
class ProductionReadiness {

    private static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "password", "changeme", "camunda",
            "safar", "secret", "123456", "12345678", "qwerty");

    private final ProcessEngine engine;
    private final StoredPasswords stored;

    ProductionReadiness(ProcessEngine engine, StoredPasswords stored) {
        this.engine = engine;
        this.stored = stored;
    }

    void checkAccounts() {
        List<String> weak = engine.getIdentityService().createUserQuery().list().stream()
                .filter(this::hasGuessablePassword).map(User::getId).toList();
        if (!weak.isEmpty()) {
            throw StartRefused.inProduction("these accounts still have a demo or default password: "
                    + String.join(", ", weak),
                    "Give them new passwords at the next start with SAFAR_SET_PASSWORDS="
                            + weak.stream().map(id -> id + "=<file>").collect(Collectors.joining(","))
                            + ", each file holding that user's new password (README, Running in production);"
                            + " a database that held the demo is best left behind for an empty one");
        }
    }

    private boolean hasGuessablePassword(User user) {
        Set<String> guesses = new HashSet<>(DEFAULT_PASSWORDS);
        guesses.add(user.getId());
        return guesses.stream().anyMatch(guess -> stored.matches(user, guess));
    }
}
