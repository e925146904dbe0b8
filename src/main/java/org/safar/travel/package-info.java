/**
 * Travel: tickets and visas, the dates the process waits for, and the monthly check-ins of a long
 * internship. Its entities, repositories and listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Travel",
        allowedDependencies = {"delegation", "i18n", "programme", "staff", "tasklist", "web"})
package org.safar.travel;

import org.springframework.modulith.ApplicationModule;
