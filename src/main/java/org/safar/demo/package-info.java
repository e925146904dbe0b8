/**
 * The demo users, groups, programmes and staff registry that a new installation starts with.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"i18n", "identity", "programme", "staff"})
package org.safar.demo;

import org.springframework.modulith.ApplicationModule;
