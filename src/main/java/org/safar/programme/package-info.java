/**
 * Programmes: the offers a delegation goes to, their kinds and the rules of each kind.
 */
@ApplicationModule(displayName = "Programmes")
package org.safar.programme;

import org.springframework.modulith.ApplicationModule;
