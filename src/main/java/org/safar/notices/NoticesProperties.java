package org.safar.notices;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code safar.notices.*}: whether Safar sends e-mail at all, from which address, and where the links
 * in it lead. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param tasklistUrl Tasklist as the recipients reach it, ending in a slash; a task's link adds {@code #/?task=<id>}
 * @param retryAfter how long a notice that could not be sent waits before the next try
 * @param maxAttempts tries before a notice is given up (it stays in the table with its last error)
 * @param claimTime how long a node keeps a notice to itself while it sends it; longer than a send can
 *     take (the SMTP timeouts under {@code spring.mail.properties}), or another node would send it too
 */
@ConfigurationProperties("safar.notices")
record NoticesProperties(
        boolean enabled,
        @DefaultValue("Safar <safar@localhost>") String from,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/") String tasklistUrl,
        @DefaultValue("PT1M") Duration retryAfter,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT1M") Duration claimTime) {

    String taskLink(String taskId) {
        return tasklistUrl + "#/?task=" + taskId;
    }

    /** The installation's own name as its people reach it: the host of Tasklist. */
    String host() {
        return URI.create(tasklistUrl).getHost();
    }
}
