package org.safar.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production Safar does not start with a password anyone could guess: the administrator's must be
 * set in the environment, and no account may keep a demo password (its own user id) or a default
 * one. Stored hashes are compared directly, so the check counts no failed logins against anyone.
 */
@Component
@Profile("prod")
class ProductionReadiness extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "password", "changeme", "camunda",
            "safar", "secret", "123456", "12345678", "qwerty");

    private final CamundaBpmProperties camunda;
    private PasswordManager passwords;

    ProductionReadiness(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        AdminUserProperty admin = camunda.getAdminUser();
        if (admin == null || admin.getId() == null) {
            throw new NotReadyForProduction("no administrator is configured: set SAFAR_ADMIN_USER and SAFAR_ADMIN_PASSWORD");
        }
        String password = admin.getPassword();
        if (password == null || password.isBlank()) {
            throw new NotReadyForProduction("the administrator's password is not set: set SAFAR_ADMIN_PASSWORD");
        }
        if (guessable(admin.getId(), password)) {
            throw new NotReadyForProduction("the administrator's password is a demo or default one: choose another"
                    + " SAFAR_ADMIN_PASSWORD");
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        passwords = configuration.getPasswordManager();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        List<String> weak = engine.getIdentityService().createUserQuery().list().stream()
                .map(UserEntity.class::cast)
                .filter(user -> user.getPassword() != null && hasGuessablePassword(user))
                .map(UserEntity::getId).toList();
        if (!weak.isEmpty()) {
            throw new NotReadyForProduction("these accounts still have a demo or default password: "
                    + String.join(", ", weak) + "; change their passwords in Admin or remove them");
        }
    }

    private boolean hasGuessablePassword(UserEntity user) {
        return candidates(user.getId()).stream()
                .anyMatch(candidate -> passwords.check(EncryptionUtil.saltPassword(candidate, user.getSalt()),
                        user.getPassword()));
    }

    private static boolean guessable(String userId, String password) {
        return candidates(userId).contains(password);
    }

    private static Set<String> candidates(String userId) {
        Set<String> candidates = new HashSet<>(DEFAULT_PASSWORDS);
        candidates.add(userId);
        return candidates;
    }

    static final class NotReadyForProduction extends IllegalStateException {
        NotReadyForProduction(String why) {
            super("Safar will not start in production: " + why);
        }
    }
}
