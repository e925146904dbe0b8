/**
 * What every module's REST API shares: problem details, request reading, the refusals a module throws.
 *
 * <p>A closed module with its whole API in this package and no {@code internal}: everything here is meant
 * for the other modules. It is not an open module, because an open one would drop out of Modulith's cycle
 * check, and this package must never depend back on a capability; it depends on none.
 */
@ApplicationModule(displayName = "Web plumbing")
package org.safar.web;

import org.springframework.modulith.ApplicationModule;
