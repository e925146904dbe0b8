package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Safar on its embedded default, an H2 file database and one JVM, killed with SIGKILL while its
 * delegations move through their save points and people work their tasks, then started again on
 * the same file: every delegation goes on to where the drill takes it, no step a node acknowledged
 * is undone, nothing happens twice.
 */
class CrashTest {

    private static final int DELEGATIONS = 40;
    private static final Path LOGS = Path.of("target", "crash-test");

    @Test
    void theEmbeddedDefaultKilledMidWayAndStartedAgainLosesNothing() throws Exception {
        long started = System.nanoTime();
        Path data = LOGS.resolve("data");
        FileSystemUtils.deleteRecursively(data);
        String database = "jdbc:h2:file:" + data.resolve("safar").toAbsolutePath();
        // The node starts and the delegations open in about 15 s on two idle cores: 50 s and the rest of
        // that minute leave room for a busy machine without the drill waiting minutes for its trip day.
        TripDay trip = TripDay.beginningIn(Duration.ofSeconds(50));
        // The jobs the killed JVM held wait for their lock to run out: 15 s instead of the 30 s default,
        // still far longer than any Safar job takes.
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", database, "TZ", trip.tz(),
                "SAFAR_JOB_LOCK_TIME_MS", "15000");
        Drill drill = new Drill(List.of());
        SafarNode before = SafarNode.start("embedded-before-crash", environment, LOGS);
        try {
            drill.join(before.awaitReady(Duration.ofMinutes(3)).uri());
            drill.open(DELEGATIONS, trip.date());
            assertThat(Instant.now()).as("all delegations opened before their trip day begins").isBefore(trip.begins());

            // While the drill works on, the JVM is killed under it, then started again on the same file.
            CompletableFuture<Restart> restart = CompletableFuture.supplyAsync(() -> {
                while (drill.pastEmbassy() < DELEGATIONS / 2) {
                    SafarNode.sleep(Duration.ofMillis(50));
                }
                String killedAt = drill.stageCounts().toString();
                before.kill();
                drill.lose(before.uri());
                long killed = System.nanoTime();
                SafarNode after = SafarNode.start("embedded-after-crash", environment, LOGS);
                drill.join(after.awaitReady(Duration.ofMinutes(3)).uri());
                return new Restart(after, killedAt, Duration.ofNanos(System.nanoTime() - killed));
            });
            boolean finished = drill.runUntil(d -> d.allFinished() && restart.isDone(), Duration.ofMinutes(6));
            Restart after = restart.get(1, TimeUnit.SECONDS);
            try (SafarNode node = after.node()) {
                assertThat(finished).as("every delegation where the drill takes it, %s, left %s; see %s",
                        drill.stageCounts(), drill.unfinished(), LOGS).isTrue();
                node.stop();
            }

            // The node is stopped: its file can be read directly.
            try (Connection db = DriverManager.getConnection(database, "sa", "")) {
                Outcome outcome = Outcome.read(db);
                System.out.printf("""

                        Crash drill: the embedded default (H2 file, one JVM), killed by SIGKILL and started again
                          delegations ............ %d: %d waiting for trip report and settlement, %d cancelled
                          killed at .............. %s
                          jobs run ............... %d, job runs failed and retried: %d, timers waiting: %d
                          calls .................. %d, of which %d lost with the dead JVM and made again
                          acknowledged steps ..... %d task completions, none undone by the crash
                          once-only side effects . %d embassy requests, %d host confirmations, %d budget reservations, %d releases
                          duplicates prevented ... %d of %d confirmations delivered twice answered as before, adding nothing
                          time ................... %d s (from the kill until the new JVM was ready: %d s)

                        """, DELEGATIONS, DELEGATIONS - DELEGATIONS / 20, DELEGATIONS / 20, after.killedAt(),
                        outcome.jobsRun(), outcome.failedJobRuns, outcome.timersWaiting,
                        drill.calls.get(), drill.callsLostWithANode.get(), drill.completedTasks().size(),
                        outcome.sideEffects(outcome.embassyRequests), outcome.sideEffects(outcome.hostConfirmations),
                        outcome.reservations.size(), outcome.releases(), drill.confirmationsAnsweredAsBefore.get(),
                        drill.confirmationsSentAgain.get(), Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                        after.took().toSeconds());
                outcome.assertEveryDelegationWhereTheDrillLeftIt(drill);
            }
        } finally {
            before.close();
            drill.close();
        }
    }

    private record Restart(SafarNode node, String killedAt, Duration took) {
    }
}
