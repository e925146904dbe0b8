/**
 * The interface languages: each user's language, and Tasklist's and the forms' texts in it.
 */
@ApplicationModule(displayName = "Languages")
package org.safar.i18n;

import org.springframework.modulith.ApplicationModule;
