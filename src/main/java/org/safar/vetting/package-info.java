/**
 * Vetting: each member's clearance, the approval routing and the approvers' decisions, recorded on the
 * delegation through {@link org.safar.delegation.DelegationService}. Its listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Vetting")
package org.safar.vetting;

import org.springframework.modulith.ApplicationModule;
