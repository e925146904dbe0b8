/**
 * Debriefing: trip reports, their review and the six-month outcome, the settlement of the advance and the
 * library of good practices. Its entities, repositories and task listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Debriefing",
        allowedDependencies = {"delegation", "funding", "i18n", "staff", "tasklist", "travel", "web"})
package org.safar.debriefing;

import org.springframework.modulith.ApplicationModule;
