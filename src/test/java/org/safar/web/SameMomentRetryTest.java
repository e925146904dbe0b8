package org.safar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A change that lost a race at the database runs once more; anything else, and a second loss, go to the caller. */
class SameMomentRetryTest {

    @Test
    void aChangeThatLostARaceRunsOnceMoreAndAnswersWithTheSecondRun() {
        for (RuntimeException lost : new RuntimeException[] {
                new DataIntegrityViolationException("unique key host_confirmation_reference"),
                new ObjectOptimisticLockingFailureException("Delegation", 7L),
                new CannotAcquireLockException("lock timeout"),
                new OptimisticLockingException("ENGINE-03005 execution was updated by another transaction"),
                new ProcessEngineException("wrapped", new OptimisticLockingException("ENGINE-03005"))}) {
            AtomicInteger runs = new AtomicInteger();

            String answer = SameMomentRetry.once(failingFirst(runs, lost));

            assertThat(answer).as("after %s", lost).isEqualTo("the winner's record");
            assertThat(runs).as("runs after %s", lost).hasValue(2);
        }
    }

    @Test
    void aSecondLossIsTheCallersToAnswer() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException lost = new ObjectOptimisticLockingFailureException("Delegation", 7L);

        assertThatThrownBy(() -> SameMomentRetry.once(() -> {
            runs.incrementAndGet();
            throw lost;
        })).isSameAs(lost);
        assertThat(runs).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException refused = new ConflictException("Delegation closed", "Delegation 7 is completed");

        assertThatThrownBy(() -> SameMomentRetry.once(failingFirst(runs, refused))).isSameAs(refused);
        assertThat(runs).hasValue(1);
    }

    @Test
    void insideATransactionNothingIsRunAtAll() {
        AtomicInteger runs = new AtomicInteger();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> SameMomentRetry.once(runs::incrementAndGet))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(runs).hasValue(0);
    }

    private static Supplier<String> failingFirst(AtomicInteger runs, RuntimeException failure) {
        return () -> {
            if (runs.incrementAndGet() == 1) {
                throw failure;
            }
            return "the winner's record";
        };
    }
}
