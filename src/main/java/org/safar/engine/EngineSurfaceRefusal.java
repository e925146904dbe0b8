package org.safar.engine;

// Camunda's internal: none beyond the public AuthorizationException, which both REST APIs answer with 403.

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The engine's API refused a command that is not on {@link EngineSurfacePlugin}'s list: an
 * {@link AuthorizationException}, so that both REST APIs answer 403 as for a missing grant.
 */
class EngineSurfaceRefusal extends AuthorizationException {

    EngineSurfaceRefusal(String message) {
        super(message);
    }
}
