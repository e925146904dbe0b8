/**
 * Who works in Safar and what each group may do: Safar's groups, the current user, the API's and the
 * engine's access rules, passwords at start.
 */
@ApplicationModule(displayName = "Identity and access")
package org.safar.identity;

import org.springframework.modulith.ApplicationModule;
