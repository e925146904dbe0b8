package org.safar.identity;

import org.camunda.bpm.engine.identity.User;

/**
 * Whether a user's stored password is a given one, compared with the stored salted hash as the
 * engine's login compares it, but without counting a failed attempt against the user (the engine
 * locks an account out for a while after failed logins). Camunda's public API has no such check; the
 * engine's internals do it (org.safar.engine.EngineStoredPasswords).
 */
public interface StoredPasswords {

    boolean matches(User user, String candidate);
}
