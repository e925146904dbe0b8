/**
 * E-mail notices: a task given to someone, a decision taken on a delegation, written in the reader's
 * language and sent from an outbox.
 */
@ApplicationModule(displayName = "Notices")
package org.safar.notices;

import org.springframework.modulith.ApplicationModule;
