package org.safar.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.safar.StartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The passwords that configuration sets at every start, once the engine is built and before Safar's
 * port opens:
 * <ul>
 *   <li>the administrator's ({@code camunda.bpm.admin-user.password}, SAFAR_ADMIN_PASSWORD in prod),
 *       so that the setting always holds: changed, it replaces the old password at the next start,
 *       where Camunda's starter would use it only to create the administrator at the first;</li>
 *   <li>those of the users that {@code safar.set-passwords} (SAFAR_SET_PASSWORDS) names as
 *       {@code user=file}, each file holding that user's new password: the way to give accounts new
 *       passwords when nobody can log in to Admin, such as the demo accounts of a database that
 *       production refuses to start on.</li>
 * </ul>
 * A password that is already the stored one is not written again. In production each goes through
 * the engine's password policy, and then no account may keep a guessable one ({@link ProductionReadiness}).
 */
@Component
class StartPasswords implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartPasswords.class);

    private static final String FORMAT = "Write SAFAR_SET_PASSWORDS (safar.set-passwords) as user=file pairs separated"
            + " by commas, e.g. aziza=/run/secrets/aziza-password, each file holding that user's new password";

    private final ProcessEngine engine;
    private final CamundaBpmProperties camunda;
    private final String passwordFiles;
    private final ObjectProvider<ProductionReadiness> readiness;
    private final StoredPasswords stored;

    StartPasswords(ProcessEngine engine, CamundaBpmProperties camunda,
            @Value("${safar.set-passwords:}") String passwordFiles, ObjectProvider<ProductionReadiness> readiness,
            StoredPasswords stored) {
        this.engine = engine;
        this.stored = stored;
        this.camunda = camunda;
        this.passwordFiles = passwordFiles;
        this.readiness = readiness;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AdminUserProperty admin = camunda.getAdminUser();
        // The starter has created the administrator by now, if it was missing.
        if (admin != null && admin.getId() != null && admin.getPassword() != null && !admin.getPassword().isBlank()) {
            IdentityService identity = engine.getIdentityService();
            User user = identity.createUserQuery().userId(admin.getId()).singleResult();
            if (user != null) {
                set(user, admin.getPassword(), "camunda.bpm.admin-user.password");
            }
        }
        passwordFiles().forEach(this::setFromFile);
        readiness.ifAvailable(ProductionReadiness::checkAccounts);
    }

    private void setFromFile(String userId, Path file) {
        User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw StartRefused.because("SAFAR_SET_PASSWORDS names " + userId + ", who is not a user of this installation",
                    "Correct the user id in SAFAR_SET_PASSWORDS, or leave it out");
        }
        set(user, read(userId, file), file.toString());
    }

    private void set(User user, String password, String source) {
        if (stored.matches(user, password)) {
            return;
        }
        IdentityService identity = engine.getIdentityService();
        PasswordPolicy policy = identity.getPasswordPolicy();
        if (policy != null) {
            PasswordRule.broken(policy, password, user).ifPresent(broken -> {
                throw StartRefused.because("the new password of " + user.getId() + " (" + source
                        + ") does not meet the password policy: " + broken,
                        "Give " + user.getId() + " a password with " + PasswordRule.requirements(policy));
            });
        }
        user.setPassword(password);
        identity.saveUser(user);
        LOG.info("Set the password of {} from {}", user.getId(), source);
    }

    /** The users and files of safar.set-passwords; an entry is never repeated in a refusal, in case it holds a password. */
    private Map<String, Path> passwordFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        String[] entries = passwordFiles.strip().split("\\s*,\\s*");
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].isEmpty()) {
                continue;
            }
            int equals = entries[i].indexOf('=');
            if (equals <= 0 || equals == entries[i].length() - 1) {
                throw StartRefused.because("entry " + (i + 1) + " of SAFAR_SET_PASSWORDS is not user=file", FORMAT);
            }
            String userId = entries[i].substring(0, equals).strip();
            Path file;
            try {
                file = Path.of(entries[i].substring(equals + 1).strip());
            } catch (InvalidPathException e) {
                file = null;
            }
            if (file == null || !file.isAbsolute()) {
                throw StartRefused.because("the file of " + userId + "'s new password in SAFAR_SET_PASSWORDS is not"
                        + " an absolute path (not shown, in case it is the password itself)", FORMAT);
            }
            files.put(userId, file);
        }
        return files;
    }

    private static String read(String userId, Path file) {
        String password;
        try {
            password = Files.readString(file).replaceAll("[\\r\\n]+$", "");
        } catch (NoSuchFileException e) {
            throw StartRefused.because("the file of " + userId + "'s new password, " + file + ", does not exist",
                    "Put the password in that file, readable by Safar, or correct SAFAR_SET_PASSWORDS");
        } catch (IOException e) {
            throw StartRefused.because("the file of " + userId + "'s new password, " + file + ", cannot be read: "
                    + e.getClass().getSimpleName(), "Make the file readable by the user Safar runs as");
        }
        if (password.isBlank()) {
            throw StartRefused.because("the file of " + userId + "'s new password, " + file + ", is empty",
                    "Put the password in that file");
        }
        return password;
    }
}
