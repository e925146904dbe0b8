/**
 * What a Camunda Form shows beside its fields (a {@link org.safar.tasklist.FormContext}) and how a task's
 * submitted variables are read ({@link org.safar.tasklist.FormVariables}).
 */
@ApplicationModule(displayName = "Tasklist forms")
package org.safar.tasklist;

import org.springframework.modulith.ApplicationModule;
