package org.safar.web;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a change once more when it lost a race at the database, so that the same request sent twice at
 * the same moment gets the same answer twice. The database lets one of the two through, by a unique key
 * or a version ({@link VersionClaim}), and fails the other's transaction; run again in a transaction of
 * its own, the loser reads the winner's record and answers as a repeat does. Once only: what loses
 * again is a real conflict, answered 409 by {@link ApiExceptionHandler}, whose lost race is the same
 * three kinds of failure as here.
 */
public final class SameMomentRetry {

    private static final Logger log = LoggerFactory.getLogger(SameMomentRetry.class);

    /** Deep enough for the engine's and Spring's wrapping; a chain that loops ends here. */
    private static final int CAUSES_LOOKED_AT = 10;

    private SameMomentRetry() {
    }

    /** @param change a whole transaction: a @Transactional service method, called from outside any transaction */
    public static <T> T once(Supplier<T> change) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside, the retry would run in the transaction that failed: rolled back, or blind to the winner.
            throw new IllegalStateException("A change is run again outside a transaction, never inside one");
        }
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (!lostRace(e)) {
                throw e;
            }
            log.info("Lost a race at the database ({}); running the change once more", e.getClass().getSimpleName());
            return change.get();
        }
    }

    public static void once(Runnable change) {
        once(() -> {
            change.run();
            return null;
        });
    }

    /** A unique key or a version check failed, or the engine found its rows changed by another transaction. */
    static boolean lostRace(Throwable failure) {
        Throwable cause = failure;
        for (int i = 0; cause != null && i < CAUSES_LOOKED_AT; i++, cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException || cause instanceof ConcurrencyFailureException
                    || cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }
}
