/**
 * Funding: the trip's cost, budget lines and the reservation on one, finance's approval, and the release
 * on cancellation. Its entities, repositories and listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Funding")
package org.safar.funding;

import org.springframework.modulith.ApplicationModule;
