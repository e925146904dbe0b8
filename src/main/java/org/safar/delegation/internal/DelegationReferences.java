package org.safar.delegation.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each delegation its reference, {@code SAF-2027-0042}: the year it is opened in (in Safar's time
 * zone) and the next number of that year, counted in {@code delegation_reference_year} (migration V18).
 *
 * <p>The count is raised in the transaction that opens the delegation: the row stays locked until it
 * ends, so openings on other nodes wait for it, and a rolled-back opening gives its number back. The
 * year's row itself is made in a transaction of its own, which ends at once: where two nodes make it at
 * the same moment, one of them finds it made, and on PostgreSQL the opening's own transaction is never
 * the one a duplicate key aborts.
 */
@Component
public class DelegationReferences {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DelegationReferences(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next reference for a delegation opened at {@code openedAt}; call it in the opening's transaction. */
    public String next(Instant openedAt) {
        int year = openedAt.atZone(clock.getZone()).getYear();
        if (raise(year) == 0) {
            makeYear(year);
            raise(year);
        }
        Integer number = jdbc.queryForObject(
                "select last_number from delegation_reference_year where opened_year = ?", Integer.class, year);
        return "SAF-%d-%04d".formatted(year, number);
    }

    private int raise(int year) {
        return jdbc.update("update delegation_reference_year set last_number = last_number + 1 where opened_year = ?",
                year);
    }

    private void makeYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into delegation_reference_year (opened_year, last_number) values (?, 0)", year));
        } catch (DuplicateKeyException madeByAnotherNode) {
            // Made at the same moment by another opening: the count starts from that row.
        }
    }
}
