/**
 * Embassy coordination: the request to the liaison of the host country, confirmations from Tasklist and
 * from other systems, follow-ups of a late embassy. Its entities, repositories and listeners are in
 * {@code internal}.
 */
@ApplicationModule(displayName = "Embassy coordination")
package org.safar.embassy;

import org.springframework.modulith.ApplicationModule;
