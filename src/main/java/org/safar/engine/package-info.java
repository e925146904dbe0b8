/**
 * Everything that relies on Camunda's internals (engine plugins, command interceptors, the form-handler
 * wrapper, the webapp filters).
 *
 * <p>An open module: it plugs into the engine on behalf of the capabilities, so it uses their public
 * types, and some capabilities use what it offers (the current user, form refusals); as an open module it
 * stays out of Modulith's cycle check, which such a two-way dependency would otherwise fail.
 */
@ApplicationModule(displayName = "Camunda internals", type = ApplicationModule.Type.OPEN)
package org.safar.engine;

import org.springframework.modulith.ApplicationModule;
