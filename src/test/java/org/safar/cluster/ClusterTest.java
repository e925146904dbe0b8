package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.safar.postgres.TestPostgres;

/**
 * Two Safar nodes on one PostgreSQL, each in a JVM of its own with its job executor on, configured
 * as docker/compose.yaml with docker/compose.demo.yaml configures its two nodes: the settings of
 * docker/safar-node.env with the demo's over them (the drill works as the demo's users), the
 * database, the SMTP server (here a GreenMail of the test's own), and each node's name
 * (ComposeFileTest shows that compose gives its nodes nothing else). 200 delegations go from opening
 * to their traveller's trip report through their save points and timers, spread over both nodes,
 * which e-mail their people as they go; half-way through, one node is killed with SIGKILL while it
 * holds jobs. The other takes them over: nothing is lost and nothing happens twice.
 */
class ClusterTest {

    private static final int DELEGATIONS = 200;
    private static final Path LOGS = Path.of("target", "cluster-test");
    /** A notice the killed node had claimed waits for its claim (1 min) and the next round (10 s here). */
    private static final Duration NOTICES_SENT_WITHIN = Duration.ofMinutes(3);

    @Test
    void twoNodesCarryTwoHundredDelegationsAndOneKilledHalfWayLosesNothing() throws Exception {
        long started = System.nanoTime();
        long startedAt = System.currentTimeMillis();
        String database = TestPostgres.newDatabase("safar_cluster");
        // The first node starts and the delegations open in about 16 s on two idle cores: 60 s and the rest
        // of that minute leave room for a busy machine without the drill waiting minutes for its trip day.
        TripDay trip = TripDay.beginningIn(Duration.ofSeconds(60));
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        // The first node creates the schemas and the demo data; compose starts the second once it is healthy.
        try (SafarNode first = node("safar-1", database, smtp, trip).awaitReady(Duration.ofMinutes(3));
                SafarNode second = node("safar-2", database, smtp, trip);
                Connection db = DriverManager.getConnection(database, TestPostgres.USER, TestPostgres.PASSWORD)) {
            Drill drill = new Drill(List.of(first.uri()));
            try {
                drill.open(DELEGATIONS, trip.date());
                long opened = System.nanoTime();
                assertThat(Instant.now()).as("all delegations opened before their trip day begins").isBefore(trip.begins());
                drill.join(second.awaitReady(Duration.ofMinutes(3)).uri());

                // While the drill works on, the first node is killed in the thick of the trip day's
                // timers and save points, holding jobs that it has taken and not finished.
                CompletableFuture<Death> death = CompletableFuture.supplyAsync(() -> killHalfWay(first, drill, database));
                boolean finished = drill.runUntil(d -> d.allFinished() && death.isDone(), Duration.ofMinutes(6));
                assertThat(finished).as("every delegation where the drill takes it, %s, left %s; see %s",
                        drill.stageCounts(), drill.unfinished(), LOGS).isTrue();
                Death killed = death.get();
                List<String> heldAtDeath = killed.heldJobs();
                awaitNoJobDue(db);
                Mailings.awaitAllSent(db, NOTICES_SENT_WITHIN);
                Mailings mailings = Mailings.read(db, smtp);

                Outcome outcome = Outcome.read(db);
                long takenOver = heldAtDeath.isEmpty() ? 0 : Outcome.count(db, """
                        select count(distinct job_id_) from act_hi_job_log
                        where job_state_ = 2 and hostname_ = 'safar-2' and job_id_ in ('%s')"""
                        .formatted(String.join("','", heldAtDeath)));
                System.out.printf("""

                        Cluster drill: two nodes on PostgreSQL 17, configured by docker/safar-node.env and compose.demo.yaml
                          delegations ............ %d: %d waiting for trip report and settlement, %d cancelled
                          jobs run ............... %d %s, job runs failed and retried: %d, timers waiting: %d
                          node killed ............ safar-1 by SIGKILL with %s, holding %d jobs; %d of them run by safar-2
                          calls .................. %d, of which %d lost with the dead node and made again
                          once-only side effects . %d embassy requests, %d host confirmations, %d budget reservations, %d releases
                          duplicates prevented ... %d of %d confirmations delivered twice answered as before, adding nothing
                          e-mails ................ %s
                          time ................... %d s (first node ready and %d delegations opened in %d s; trip day began after %d s)

                        """, DELEGATIONS, DELEGATIONS - DELEGATIONS / 20, DELEGATIONS / 20,
                        outcome.jobsRun(), outcome.jobsRunByNode, outcome.failedJobRuns, outcome.timersWaiting,
                        killed.when(), heldAtDeath.size(), takenOver,
                        drill.calls.get(), drill.callsLostWithANode.get(),
                        outcome.sideEffects(outcome.embassyRequests), outcome.sideEffects(outcome.hostConfirmations),
                        outcome.reservations.size(), outcome.releases(),
                        drill.confirmationsAnsweredAsBefore.get(), drill.confirmationsSentAgain.get(),
                        emails(mailings, killed),
                        seconds(started, System.nanoTime()), DELEGATIONS, seconds(started, opened),
                        Duration.between(Instant.ofEpochMilli(startedAt), trip.begins()).toSeconds());

                outcome.assertEveryDelegationWhereTheDrillLeftIt(drill);
                mailings.assertEachDeliveredOnce(killed.noticesInHand());
                assertThat(outcome.jobsRunByNode).as("jobs run by each node").containsKeys("safar-1", "safar-2");
                assertThat(heldAtDeath).as("jobs the killed node held").isNotEmpty();
                assertThat(takenOver).as("jobs of the killed node run by the other").isEqualTo(heldAtDeath.size());
                assertThat(drill.confirmationsAnsweredAsBefore.get()).as("repeated confirmations answered as before")
                        .isEqualTo(drill.confirmationsSentAgain.get()).isPositive();
                assertThat(second.isAlive()).isTrue();
            } finally {
                drill.close();
            }
        } finally {
            smtp.stop();
        }
    }

    private static String emails(Mailings mailings, Death killed) {
        int duplicates = mailings.duplicates();
        String delivered = duplicates == 0 ? "each delivered once"
                : "%d of them delivered twice, sent by safar-1 as it was killed and again once its claim ran out"
                        .formatted(mailings.sentTwice().size());
        return "%d notices to %d recipients, %s; duplicates: %d (notices being sent at the kill: %d)".formatted(
                mailings.addresses.size(), mailings.recipients.size(), delivered, duplicates,
                killed.noticesInHand().size());
    }

    private static SafarNode node(String name, String database, GreenMail smtp, TripDay trip) {
        Map<String, String> perNode = Map.of("SAFAR_DB_URL", database, "SAFAR_DB_USER", TestPostgres.USER,
                "SAFAR_DB_PASSWORD", TestPostgres.PASSWORD, "SAFAR_ADMIN_PASSWORD", "Cluster-Drill-2026!",
                "SPRING_MAIL_HOST", smtp.getSmtp().getBindTo(),
                "SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()), "SAFAR_NODE_NAME", name,
                "TZ", trip.tz());
        assertThat(perNode.keySet()).isEqualTo(NodeSettings.PER_NODE);
        Map<String, String> environment = new HashMap<>(NodeSettings.read());
        environment.putAll(NodeSettings.demo(name));
        environment.putAll(perNode);
        // Shorter waits than production's, the drill's only departures from its files: the jobs of the killed
        // node run on the other once their lock runs out (15 s, still far longer than any Safar job takes,
        // instead of 30 s), and the other node looks for notices to send again every 10 s instead of every
        // minute, so that one the killed node had claimed goes out soon after its claim runs out.
        environment.put("SAFAR_JOB_LOCK_TIME_MS", "15000");
        environment.put("SAFAR_NOTICES_RETRYAFTER", "PT10S");
        return SafarNode.start(name, environment, LOGS);
    }

    /**
     * Waits until half of the delegations that travel have reached debriefing while the node holds
     * jobs, then kills it and takes it out of the drill's rotation, as the proxy would.
     */
    private static Death killHalfWay(SafarNode node, Drill drill, String database) {
        long travelling = DELEGATIONS - DELEGATIONS / 20;
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        try (Connection db = DriverManager.getConnection(database, TestPostgres.USER, TestPostgres.PASSWORD)) {
            while (Outcome.count(db, "select count(*) from delegation where stage = 'DEBRIEFING'") < travelling / 2
                    || jobsHeldBy(db, node).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Half of the delegations never reached debriefing while "
                            + node.name() + " held jobs");
                }
                SafarNode.sleep(Duration.ofMillis(50));
            }
            node.kill();
            drill.lose(node.uri());
            String when = Outcome.count(db, "select count(*) from delegation where stage = 'DEBRIEFING'")
                    + " of " + travelling + " travelling delegations in debriefing";
            return new Death(when, jobsHeldBy(db, node), Mailings.inHand(db));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the node was killed, the jobs it held, and the notices claimed (its own among them). */
    private record Death(String when, List<String> heldJobs, List<Long> noticesInHand) {
    }

    /** Jobs the node has taken and not finished: locked under its name. */
    private static List<String> jobsHeldBy(Connection db, SafarNode node) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id_ from act_ru_job where lock_owner_ = ?")) {
            query.setString(1, node.name());
            try (ResultSet rows = query.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    /** The drill is done with its delegations; the jobs they started may still be finishing. */
    private static void awaitNoJobDue(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (Outcome.count(db, "select count(*) from act_ru_job where lock_owner_ is not null"
                + " or duedate_ is null or duedate_ <= current_timestamp") > 0 && System.nanoTime() < deadline) {
            SafarNode.sleep(Duration.ofMillis(500));
        }
    }

    private static long seconds(long from, long to) {
        return Duration.ofNanos(to - from).toSeconds();
    }
}
