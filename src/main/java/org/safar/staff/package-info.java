/**
 * The staff registry: the civil servants who may be nominated, their passports, languages and trips.
 */
@ApplicationModule(displayName = "Staff registry")
package org.safar.staff;

import org.springframework.modulith.ApplicationModule;
