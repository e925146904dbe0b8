package org.safar.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * Whether a user's stored password is a given one, compared with the stored salted hash as the
 * engine's login compares it, but without counting a failed attempt against the user (the engine
 * locks an account out for a while after failed logins).
 *
 * <p>Relies on Camunda's {@link UserEntity} (the stored hash and its salt), {@link EncryptionUtil#saltPassword}
 * and the configuration's password manager.
 */
final class StoredPasswords {

    private StoredPasswords() {
    }

    static boolean matches(ProcessEngine engine, User user, String candidate) {
        UserEntity stored = (UserEntity) user;
        if (stored.getPassword() == null) {
            return false;
        }
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager()
                .check(EncryptionUtil.saltPassword(candidate, stored.getSalt()), stored.getPassword());
    }
}
