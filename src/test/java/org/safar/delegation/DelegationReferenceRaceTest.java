package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.safar.delegation.internal.DelegationReferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eight officers open delegations at the same moment, as they may on the nodes of a cluster: each
 * delegation gets a reference of its own, the numbers following on without a gap. Runs on H2 by default
 * and on PostgreSQL in {@link DelegationReferenceRaceOnPostgresTest}, where the nodes' openings meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DelegationReferenceRaceTest {

    private static final int OPENINGS = 8;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DelegationReferences references;

    @Autowired
    TransactionTemplate transactions;

    private final ExecutorService officers = Executors.newFixedThreadPool(OPENINGS);

    @AfterEach
    void stopOfficers() {
        officers.shutdownNow();
    }

    @Test
    void eightDelegationsOpenedAtOnceThroughTheApiGetEightReferencesInARow() throws Exception {
        SafarApi api = new SafarApi(rest);
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        List<Long> member = api.staffIds("Malika Yusupova");

        List<String> opened = atOnce(opening -> () -> api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Opened in the race, %d", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(opening, germany, member))).get("reference").asText());

        assertThat(opened).doesNotHaveDuplicates().allMatch(reference -> reference.matches("SAF-\\d{4}-\\d{4,}"));
        assertThat(numbers(opened)).as("the numbers given in the race, %s", opened)
                .containsExactlyElementsOf(following(numbers(opened).get(0)));
    }

    @Test
    void theFirstOpeningsOfAYearMakeItsCountOnceAndNumberFromOne() throws Exception {
        for (int year = 2091; year <= 2093; year++) {
            Instant openedAt = LocalDate.of(year, 3, 1).atStartOfDay(ZoneId.of("UTC")).toInstant();
            List<String> given = atOnce(opening -> () -> transactions.execute(status -> references.next(openedAt)));

            String prefix = "SAF-" + year + "-";
            assertThat(given).allMatch(reference -> reference.startsWith(prefix));
            assertThat(numbers(given)).as("the first numbers of %d, %s", year, given)
                    .containsExactlyElementsOf(following(1));
        }
    }

    /**
     * An opening holds its year's count until it commits, which on a busy node takes longer than H2's own
     * lock timeout of one second: the next opening waits its turn (org.safar.schema.H2LockTimeout) instead
     * of failing with "Timeout trying to lock table", as one did in the crash drill.
     */
    @Test
    void anOpeningWaitsForOneThatHoldsTheCountLongerThanASecond() throws Exception {
        Instant openedAt = LocalDate.of(2094, 3, 1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        CountDownLatch counted = new CountDownLatch(1);
        Future<String> slow = officers.submit(() -> transactions.execute(status -> {
            String first = references.next(openedAt);
            counted.countDown();
            holdFor(2500);
            return first;
        }));
        assertThat(counted.await(30, TimeUnit.SECONDS)).isTrue();

        String second = transactions.execute(status -> references.next(openedAt));

        assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo("SAF-2094-0001");
        assertThat(second).isEqualTo("SAF-2094-0002");
    }

    private static void holdFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the openings together, released at one moment, and answers what each gave, sorted. */
    private List<String> atOnce(IntFunction<Callable<String>> opening) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> running = new ArrayList<>();
        for (int i = 0; i < OPENINGS; i++) {
            Callable<String> open = opening.apply(i);
            running.add(officers.submit(() -> {
                start.await();
                return open.call();
            }));
        }
        start.countDown();
        List<String> given = new ArrayList<>();
        for (Future<String> one : running) {
            given.add(one.get(60, TimeUnit.SECONDS));
        }
        return given.stream().sorted().toList();
    }

    private static List<Integer> numbers(List<String> references) {
        return references.stream().map(reference -> Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)))
                .sorted().toList();
    }

    private static List<Integer> following(int first) {
        return IntStream.range(first, first + OPENINGS).boxed().toList();
    }
}
