/**
 * The delegation and its lifecycle: opening, the stage it is in, cancelling and withdrawing a member, who
 * may see it, and what a task is about ({@link org.safar.delegation.TaskSubjects}). Other modules change a
 * delegation only through {@link org.safar.delegation.DelegationService}'s commands and
 * {@link org.safar.delegation.CancellationService}; the entity's mutators belong to this package. The
 * repository, the approvals, the parties and the task listeners are in {@code internal}.
 */
@ApplicationModule(displayName = "Delegation")
package org.safar.delegation;

import org.springframework.modulith.ApplicationModule;
