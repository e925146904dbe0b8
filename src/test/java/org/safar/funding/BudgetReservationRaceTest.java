package org.safar.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.delegation.DelegationService;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.funding.internal.BudgetReservation;
import org.safar.funding.internal.BudgetReservationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two delegations reserve the last of a line at the same moment, each in its own transaction on the
 * application's database: exactly one gets it, and the line never holds more than its allocation.
 * Runs on H2 by default and on PostgreSQL when the test is pointed at one (spring.datasource.url).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BudgetReservationRaceTest {

    private static final BigDecimal LAST_OF_THE_LINE = new BigDecimal("1000.00");

    @Autowired
    BudgetLedger ledger;

    @Autowired
    BudgetLineRepository lines;

    @Autowired
    BudgetReservationRepository reservations;

    @Autowired
    DelegationService delegations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoReservationsStartedTogetherLeaveTheLineWithinItsAllocation() throws Exception {
        for (int round = 0; round < 10; round++) {
            BudgetLine line = lineWithLeft("RACE-" + round, LAST_OF_THE_LINE);
            Long first = draft("First of round " + round);
            Long second = draft("Second of round " + round);
            CountDownLatch start = new CountDownLatch(1);

            Future<Optional<BudgetReservation>> one = threads.submit(() -> reserveWhen(start, line, first));
            Future<Optional<BudgetReservation>> other = threads.submit(() -> reserveWhen(start, line, second));
            start.countDown();

            assertThat(one.get(20, TimeUnit.SECONDS).isPresent() ^ other.get(20, TimeUnit.SECONDS).isPresent())
                    .as("exactly one of the two reservations of round %d holds", round).isTrue();
            assertExactlyOneReservationWithinAllocation(line);
        }
    }

    @Test
    void aReservationWaitingForAnotherSeesWhatTheOtherTook() throws Exception {
        BudgetLine line = lineWithLeft("RACE-WAIT", LAST_OF_THE_LINE);
        Long first = draft("Holds the line");
        Long second = draft("Waits for the line");
        CountDownLatch firstReserved = new CountDownLatch(1);

        // The first reservation keeps its transaction open until the second is queued behind its row lock.
        Future<Optional<BudgetReservation>> one = threads.submit(() -> transactions.execute(status -> {
            Optional<BudgetReservation> reserved = ledger.reserve(line, first, LAST_OF_THE_LINE);
            firstReserved.countDown();
            awaitABlockedSession();
            return reserved;
        }));
        firstReserved.await(20, TimeUnit.SECONDS);
        Future<Optional<BudgetReservation>> other = threads.submit(() -> transactions.execute(status ->
                ledger.reserve(lines.findById(line.getId()).orElseThrow(), second, LAST_OF_THE_LINE)));

        assertThat(one.get(20, TimeUnit.SECONDS)).isPresent();
        assertThat(other.get(20, TimeUnit.SECONDS)).isEmpty();
        assertExactlyOneReservationWithinAllocation(line);
    }

    private Optional<BudgetReservation> reserveWhen(CountDownLatch start, BudgetLine line, Long delegationId)
            throws InterruptedException {
        start.await();
        return transactions.execute(status -> ledger.reserve(line, delegationId, LAST_OF_THE_LINE));
    }

    /** Waits, bounded, until the database reports a session blocked by another's lock. */
    private void awaitABlockedSession() {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        String blockedSessions = "PostgreSQL".equals(product) ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer blocked = jdbc.queryForObject(blockedSessions, Integer.class);
            if (blocked != null && blocked > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The second reservation never waited for the first");
    }

    private void assertExactlyOneReservationWithinAllocation(BudgetLine line) {
        BudgetLine after = lines.findById(line.getId()).orElseThrow();
        assertThat(after.getReserved()).isEqualByComparingTo(LAST_OF_THE_LINE);
        assertThat(after.available()).isEqualByComparingTo(BigDecimal.ZERO);
        List<BudgetReservation> held = reservations.findByLineIdOrderByReservedAtAscIdAsc(line.getId());
        assertThat(held).hasSize(1).allMatch(BudgetReservation::isHeld);
    }

    /** A line of 5,000 USD of which all but the given amount is spent. */
    private BudgetLine lineWithLeft(String code, BigDecimal left) {
        BigDecimal allocation = new BigDecimal("5000.00");
        return lines.save(new BudgetLine("OWN_BUDGET", 2098, code, "Race on the last " + left, allocation,
                allocation.subtract(left), Instant.now()));
    }

    private Long draft(String title) {
        return delegations.openDraft(title, "aziza").getId();
    }
}
