/**
 * Imports of the staff registry, programmes and budget lines from CSV and XLSX files, through the
 * modules' own services.
 */
@ApplicationModule(displayName = "Imports")
package org.safar.imports;

import org.springframework.modulith.ApplicationModule;
