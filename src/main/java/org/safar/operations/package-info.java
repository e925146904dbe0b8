/**
 * Running Safar as a cluster and watching it: each node's name in job locks and the job log, the
 * engine's own metrics as Micrometer meters, and who may read the actuator endpoints.
 */
@ApplicationModule(displayName = "Operations")
package org.safar.operations;

import org.springframework.modulith.ApplicationModule;
