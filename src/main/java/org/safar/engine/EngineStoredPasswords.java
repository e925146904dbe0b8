package org.safar.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.safar.identity.StoredPasswords;
import org.springframework.stereotype.Component;

/**
 * Camunda's internals: the {@link UserEntity} behind a queried {@link User} (its stored hash and salt),
 * {@link EncryptionUtil#saltPassword(String, String)} and {@link ProcessEngineConfigurationImpl#getPasswordManager()}.
 * If an upgrade changes any of them, the start-up password checks (identity.StartPasswords,
 * identity.ProductionReadiness) fail with a ClassCastException or a missing method, or, if the hashing
 * changes, write a password again at every start.
 */
@Component
class EngineStoredPasswords implements StoredPasswords {

    private final ProcessEngine engine;

    EngineStoredPasswords(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean matches(User user, String candidate) {
        UserEntity stored = (UserEntity) user;
        if (stored.getPassword() == null) {
            return false;
        }
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager()
                .check(EncryptionUtil.saltPassword(candidate, stored.getSalt()), stored.getPassword());
    }
}
