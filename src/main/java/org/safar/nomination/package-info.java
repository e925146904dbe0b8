/**
 * Nomination: the eligibility decision per nominee and the group's size. What it finds is recorded on the
 * delegation through {@link org.safar.delegation.DelegationService}. Its listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Nomination",
        allowedDependencies = {"delegation", "i18n", "programme", "staff", "tasklist", "web"})
package org.safar.nomination;

import org.springframework.modulith.ApplicationModule;
