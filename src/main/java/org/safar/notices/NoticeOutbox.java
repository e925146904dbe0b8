package org.safar.notices;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notices in the transaction of what they tell of, so that a rolled-back transaction leaves
 * none, and has them sent once it commits, so that sending never holds up or breaks the engine.
 */
@Component
@ConditionalOnProperty(name = NoticesConfiguration.ENABLED, havingValue = "true")
public class NoticeOutbox {

    private final NoticeRepository notices;
    private final NoticeDispatcher dispatcher;
    private final Clock clock;

    NoticeOutbox(NoticeRepository notices, NoticeDispatcher dispatcher, Clock clock) {
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Writes one letter to one person unless that notice was written already.
     *
     * @return whether it was written now
     */
    public boolean write(String eventKey, Recipient to, Letter letter) {
        if (notices.existsByEventKeyAndRecipient(eventKey, to.userId())) {
            return false;
        }
        notices.save(new Notice(eventKey, to, letter, Instant.now(clock)));
        afterCommit(dispatcher::wake);
        return true;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
