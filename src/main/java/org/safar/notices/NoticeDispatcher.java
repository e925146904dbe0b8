package org.safar.notices;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the notices written to the outbox over SMTP, away from the transactions that wrote them. Each
 * node takes a notice for a while before sending it, so that of several nodes only one sends it; one
 * that cannot be sent is tried again later, and one whose node died while sending is taken up again
 * once its time has run out.
 *
 * <p>SMTP delivers at least once: a node that dies after the server accepted a notice and before the
 * notice is marked sent leaves it to be sent again. The copy carries the same Message-ID, by which
 * mail systems and the cluster test tell it from a new e-mail.
 */
@Component
@ConditionalOnProperty(name = NoticesConfiguration.ENABLED, havingValue = "true")
class NoticeDispatcher {

    /** Header naming what the notice tells of; every recipient of it gets the same. */
    static final String NOTICE_HEADER = "X-Safar-Notice";

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final int BATCH = 50;

    private final NoticeRepository notices;
    private final JavaMailSender mail;
    private final NoticesProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    NoticeDispatcher(NoticeRepository notices, JavaMailSender mail, NoticesProperties properties,
            TaskScheduler scheduler, Clock clock) {
        this.notices = notices;
        this.mail = mail;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Sends what is waiting soon, on the scheduler's thread; many calls at once make one round. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            scheduler.schedule(this::dispatchPending, Instant.now(clock));
        }
    }

    /**
     * Sends every notice that is waiting and nobody else is sending.
     *
     * @return how many this call sent
     */
    @Scheduled(initialDelayString = "${safar.notices.retry-after:PT1M}",
            fixedDelayString = "${safar.notices.retry-after:PT1M}")
    int dispatchPending() {
        wakeQueued.set(false);
        int sent = 0;
        List<Notice> batch;
        do {
            batch = notices.findSendable(Instant.now(clock), properties.maxAttempts(), PageRequest.of(0, BATCH));
            int taken = 0;
            for (Notice notice : batch) {
                Instant now = Instant.now(clock);
                if (notices.claim(notice.getId(), now, now.plus(properties.claimTime())) == 1) {
                    taken++;
                    sent += send(notice) ? 1 : 0;
                }
            }
            if (taken == 0) {
                return sent;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean send(Notice notice) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper letter = new MimeMessageHelper(message, false, "UTF-8");
            letter.setFrom(properties.from());
            letter.setTo(notice.getAddress());
            letter.setSubject(notice.getSubject());
            letter.setText(notice.getBody(), false);
            message.setHeader("Content-Language", notice.getLanguage());
            message.setHeader(NOTICE_HEADER, notice.getEventKey());
            message.setHeader("Message-ID", messageId(notice));
            send(message);
            notices.sent(notice.getId(), Instant.now(clock));
            return true;
        } catch (MailException | MessagingException e) {
            int tries = notice.getAttempts() + 1;
            log.warn("Notice {} to {} not sent (try {} of {}): {}", notice.getId(), notice.getAddress(), tries,
                    properties.maxAttempts(), e.getMessage());
            notices.failed(notice.getId(), abbreviate(String.valueOf(e.getMessage())),
                    Instant.now(clock).plus(properties.retryAfter().multipliedBy(tries)));
            return false;
        }
    }

    /**
     * Hands the message to the SMTP server. Spring reports a connection that fails to close after the
     * server accepted every message as a send failure without failed messages: the notice went out, and
     * trying it again would send it twice.
     */
    private void send(MimeMessage message) {
        try {
            mail.send(message);
        } catch (MailSendException e) {
            if (!e.getFailedMessages().isEmpty()) {
                throw e;
            }
            log.warn("Notice accepted by the mail server, which then failed to close the connection: {}",
                    e.getMessage());
        }
    }

    /**
     * The same for every try of one notice to one person, and for no other e-mail: the notice's row (one
     * per notice and recipient), the moment it was written (so that a database started afresh never
     * repeats one) and the installation's host.
     */
    String messageId(Notice notice) {
        return "<notice-" + notice.getId() + "." + notice.getCreatedAt().toEpochMilli() + "@" + properties.host()
                + ">";
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
