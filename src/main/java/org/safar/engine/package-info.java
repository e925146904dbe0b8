/**
 * Everything of Safar that leans on Camunda 7's internals ({@code org.camunda.bpm.engine.impl},
 * {@code org.camunda.bpm.webapp.impl}, the private fields of its commands, the JSON that Tasklist's engine
 * API answers, its session attributes) and nothing else: engine plugins, command interceptors and context
 * factories, the form service and form handlers that wrap the engine's, and the servlet filters that read what
 * Camunda's webapps send. Each class opens with a note of the internal it relies on and what breaks if it
 * changes; {@code UpgradeContractTest} checks every one of them against the Camunda on the class path, so that
 * an upgrade (of Camunda, or a move to Operaton) fails there by the piece's name.
 *
 * <p>It depends on the capabilities' public types (the guard of a delegation's tasks, a form's context, the
 * names Tasklist shows, and the interfaces it implements for them: {@code identity.StoredPasswords},
 * {@code notices.EngineClock}). They do not depend on it, but for the default password policy that
 * {@code operations.StartSettings} checks before the engine exists
 * ({@link org.safar.engine.CamundaDefaultPasswordPolicy}).
 *
 * <p>An open module for Spring Modulith: it plugs into the engine on behalf of the capabilities and so uses
 * their public types, while one of them uses it back ({@code operations}); as an open module it stays out of
 * Modulith's cycle check, which that two-way dependency would otherwise fail.
 */
@ApplicationModule(displayName = "Camunda internals", type = ApplicationModule.Type.OPEN)
package org.safar.engine;

import org.springframework.modulith.ApplicationModule;
