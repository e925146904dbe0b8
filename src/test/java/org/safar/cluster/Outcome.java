package org.safar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;

/**
 * What the database holds after a drill, read with plain SQL that runs on PostgreSQL and on H2:
 * where each delegation stands, which jobs and incidents are left, whether every task completion a
 * node acknowledged is still there, and how often each side effect that must happen once happened.
 */
final class Outcome {

    private static final List<String> WAITING_FOR_THE_TRAVELLERS = List.of("UserTask_SettleAdvance",
            "UserTask_SubmitTripReport");

    final Map<Long, String> stages = new TreeMap<>();
    final Map<Long, List<String>> openTasks = new TreeMap<>();
    final Set<String> openTaskIds = new HashSet<>();
    final Set<String> completedTaskIds = new HashSet<>();
    final Set<Long> runningLifecycles = new HashSet<>();
    final List<String> jobsLeft = new ArrayList<>();
    int timersWaiting;
    int incidents;
    final Map<Long, Integer> embassyRequests = new TreeMap<>();
    final Map<Long, Integer> hostConfirmations = new TreeMap<>();
    final Map<Long, List<String>> reservations = new TreeMap<>();
    BigDecimal heldOnTheLine = BigDecimal.ZERO;
    BigDecimal lineReserved;
    final Map<String, Integer> jobsRunByNode = new TreeMap<>();
    int failedJobRuns;

    static Outcome read(Connection db) throws SQLException {
        Outcome outcome = new Outcome();
        try (Statement sql = db.createStatement()) {
            rows(sql, "select id, stage from delegation where title like '" + Drill.TITLE + "%'",
                    row -> outcome.stages.put(row.getLong(1), row.getString(2)));
            rows(sql, """
                    select d.id, t.task_def_key_, t.id_ from act_ru_task t
                    join act_ru_execution e on e.id_ = t.proc_inst_id_
                    join delegation d on d.reference = e.business_key_""", row -> {
                outcome.openTasks.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(row.getString(2));
                outcome.openTaskIds.add(row.getString(3));
            });
            rows(sql, "select id_ from act_hi_taskinst where end_time_ is not null",
                    row -> outcome.completedTaskIds.add(row.getString(1)));
            rows(sql, "select d.id from act_ru_execution e join delegation d on d.reference = e.business_key_"
                    + " where e.id_ = e.proc_inst_id_ and e.proc_def_id_ like 'delegation:%'",
                    row -> outcome.runningLifecycles.add(row.getLong(1)));
            Instant now = Instant.now();
            rows(sql, """
                    select id_, type_, handler_type_, retries_, lock_owner_, lock_exp_time_, duedate_, exception_msg_
                    from act_ru_job""", row -> {
                Timestamp due = row.getTimestamp(7);
                boolean dueNow = due == null || !due.toInstant().isAfter(now);
                if (row.getString(5) != null || row.getInt(4) == 0 || dueNow) {
                    outcome.jobsLeft.add(row.getString(3) + " job " + row.getString(1) + " retries " + row.getInt(4)
                            + " locked by " + row.getString(5) + " due " + due + " " + row.getString(8));
                } else {
                    outcome.timersWaiting++;
                }
            });
            rows(sql, "select count(*) from act_ru_incident", row -> outcome.incidents = row.getInt(1));
            rows(sql, "select delegation_id, count(*) from embassy_request group by delegation_id",
                    row -> outcome.embassyRequests.put(row.getLong(1), row.getInt(2)));
            rows(sql, "select delegation_id, count(*) from host_confirmation group by delegation_id",
                    row -> outcome.hostConfirmations.put(row.getLong(1), row.getInt(2)));
            rows(sql, "select delegation_id, status, release_cause, amount from budget_reservation", row -> {
                String status = row.getString(2) + (row.getString(3) == null ? "" : " " + row.getString(3));
                outcome.reservations.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(status);
                if ("HELD".equals(row.getString(2))) {
                    outcome.heldOnTheLine = outcome.heldOnTheLine.add(row.getBigDecimal(4));
                }
            });
            rows(sql, "select reserved from budget_line where code = '" + Drill.LINE_CODE + "'",
                    row -> outcome.lineReserved = row.getBigDecimal(1));
            rows(sql, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_",
                    row -> outcome.jobsRunByNode.put(row.getString(1), row.getInt(2)));
            rows(sql, "select count(*) from act_hi_job_log where job_state_ = 1",
                    row -> outcome.failedJobRuns = row.getInt(1));
        }
        return outcome;
    }

    /**
     * Every delegation where the drill takes it: waiting for its traveller's trip report and the
     * settlement of the advance, or cancelled and closed; no job stuck, none without retries, no
     * incident; no acknowledged task completion undone; and each once-only side effect exactly once.
     */
    void assertEveryDelegationWhereTheDrillLeftIt(Drill drill) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(stages.keySet()).as("delegations in the database")
                .containsExactlyInAnyOrderElementsOf(drill.delegations());
        for (long id : drill.delegations()) {
            boolean cancelled = Drill.cancelledByTheDrill(id);
            softly.assertThat(stages.get(id)).as("stage of delegation %d", id)
                    .isEqualTo(cancelled ? "CANCELLED" : "DEBRIEFING");
            softly.assertThat(openTasks.getOrDefault(id, List.of()).stream().sorted().toList())
                    .as("open tasks of delegation %d", id)
                    .isEqualTo(cancelled ? List.of() : WAITING_FOR_THE_TRAVELLERS);
            softly.assertThat(runningLifecycles.contains(id)).as("lifecycle of delegation %d still running", id)
                    .isEqualTo(!cancelled);
            softly.assertThat(embassyRequests.get(id)).as("requests to the embassy for delegation %d", id)
                    .isEqualTo(1);
            softly.assertThat(hostConfirmations.get(id)).as("host confirmations of delegation %d", id).isEqualTo(1);
            softly.assertThat(reservations.get(id)).as("budget reservations of delegation %d", id)
                    .containsExactly(cancelled ? "RELEASED DELEGATION_CANCELLED" : "HELD");
        }
        softly.assertThat(lineReserved).as("reserved on the drill's budget line").isEqualByComparingTo(heldOnTheLine);
        softly.assertThat(jobsLeft).as("jobs due, locked or out of retries").isEmpty();
        softly.assertThat(incidents).as("incidents").isZero();
        softly.assertThat(drill.completedTasks()).as("acknowledged task completions")
                .doesNotContainAnyElementsOf(openTaskIds).isSubsetOf(completedTaskIds);
        softly.assertThat(drill.unexpectedAnswers()).as("answers other than success").isEmpty();
        softly.assertAll();
    }

    int sideEffects(Map<Long, Integer> perDelegation) {
        return perDelegation.values().stream().mapToInt(Integer::intValue).sum();
    }

    long releases() {
        return reservations.values().stream().flatMap(List::stream).filter(status -> status.startsWith("RELEASED"))
                .count();
    }

    int jobsRun() {
        return jobsRunByNode.values().stream().mapToInt(Integer::intValue).sum();
    }

    static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void rows(Statement sql, String query, Row row) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                row.read(result);
            }
        }
    }
}
