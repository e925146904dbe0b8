package org.safar.notices;

import java.util.Date;

/**
 * The engine's clock, which its timers and due dates go by, and which tests move. Camunda's public API
 * does not offer it (an ad-hoc task query may not carry {@code ${now()}}); the engine package reads it
 * (org.safar.engine.CamundaEngineClock).
 */
public interface EngineClock {

    Date now();
}
