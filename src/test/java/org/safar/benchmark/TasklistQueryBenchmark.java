package org.safar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safar.SafarApplication;
import org.safar.identity.SafarGroups;
import org.safar.identity.TasklistSession;
import org.safar.postgres.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's queries on a full installation (issue 7): with {@code benchmark.openTasks} open tasks
 * (default 50,000) of Safar's processes spread over its groups and {@code benchmark.finishedDelegations}
 * finished delegations in the history, what a liaison (tokyo, embassy-JP), an officer
 * (aziza) and an approver (bakhtiyor, dept-heads) wait for when Tasklist shows one of the saved
 * filters: p50 and p99 over {@code benchmark.repetitions} rounds after {@code benchmark.warmUp}, on the
 * databases of {@code benchmark.databases} (h2,postgres).
 *
 * <p>Measured as Tasklist asks, over HTTP with a Tasklist login session: POST
 * {@code /camunda/api/engine/engine/default/filter/{id}/list?firstResult=0&maxResults=50} with Tasklist's
 * body and HAL Accept header, sorted by due date (the HAL answer carries the count and the tasks'
 * process definitions and assignees), and {@code GET …/filter/{id}/count}. Safar runs whole: the
 * authorization check, the task-query guard, the filters' expressions, Spring Security.
 *
 * <p>{@code ./mvnw verify -Pbenchmark -Dit.test=TasklistQueryBenchmark}; figures in
 * target/benchmarks/tasklist-queries.txt. Fails only on a broken run, never on a figure.
 */
class TasklistQueryBenchmark {

    private static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 50_000);
    /**
     * One finished delegation leaves about 3,100 history rows (FinishedDelegations), 1,058 of them in the
     * tables written here: 200,000 of them would be 210 million rows, hours of filling and more disk than
     * the machine has. None of Tasklist's queries reads the history, so a smaller one stands in for it.
     */
    private static final int FINISHED_DELEGATIONS = Integer.getInteger("benchmark.finishedDelegations", 2_000);
    /** Rounds of every user's filters: on H2 a group's filter takes a second or two (docs/BENCHMARKS.md). */
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 10);
    private static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 100);
    private static final int PAGE = 50;
    /** Tasklist's body for a filter's page (camunda-tasklist-bootstrap.js), sorted by due date. */
    private static final String TASKLIST_QUERY = """
            {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [],
             "sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}], "active": true}""";
    /** The liaison, the officer and the approver, each with their demo password. */
    private static final List<String> USERS = List.of("tokyo", "aziza", "bakhtiyor");
    private static final List<String> DATABASES = List.of(System.getProperty("benchmark.databases", "h2,postgres")
            .split(",")).stream().map(String::strip).toList();

    private static BenchmarkReport report;

    @BeforeAll
    static void report() {
        // Batched inserts bind NULLs without asking the driver for each parameter's type.
        System.setProperty("spring.jdbc.getParameterType.ignore", "true");
        report = new BenchmarkReport("tasklist-queries");
        report.line("# %,d open tasks, %,d finished delegations; %d warm-up rounds, %d measured rounds; page of %d",
                OPEN_TASKS, FINISHED_DELEGATIONS, WARM_UP, REPETITIONS, PAGE);
    }

    @Test
    void onH2() throws IOException {
        assumeTrue(DATABASES.contains("h2"), "benchmark.databases leaves H2 out");
        Path directory = Path.of("target", "benchmarks", "tasklist-h2");
        deleteRecursively(directory);
        // Safar's embedded default (application.yaml): a file database with the same flags.
        run("H2", FinishedDelegations.Dialect.H2, List.of(),
                "--spring.datasource.url=jdbc:h2:file:" + directory.toAbsolutePath().resolve("safar")
                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void onPostgres() {
        assumeTrue(DATABASES.contains("postgres"), "benchmark.databases leaves PostgreSQL out");
        run("PostgreSQL", FinishedDelegations.Dialect.POSTGRES, List.of("postgres"),
                "--spring.datasource.url=" + TestPostgres.newDatabase("tasklist") + "?reWriteBatchedInserts=true",
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=" + TestPostgres.PASSWORD);
    }

    private void run(String database, FinishedDelegations.Dialect dialect, List<String> profiles, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(settings));
        arguments.addAll(List.of("--server.port=0", "--camunda.bpm.history-level=full",
                "--camunda.bpm.job-execution.enabled=false", "--safar.notices.enabled=false"));
        try (ConfigurableApplicationContext safar = new SpringApplicationBuilder(SafarApplication.class)
                .profiles(profiles.toArray(String[]::new)).run(arguments.toArray(String[]::new))) {
            ProcessEngine engine = safar.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = safar.getBean(JdbcTemplate.class);
            fill(database, dialect, engine, jdbc);
            measure(database, Integer.parseInt(safar.getEnvironment().getProperty("local.server.port")));
        }
    }

    private void fill(String database, FinishedDelegations.Dialect dialect, ProcessEngine engine, JdbcTemplate jdbc) {
        Map<String, String> definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
                .list().stream().collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getId));
        long start = System.nanoTime();
        new OpenTasks(jdbc, definitions).insert(OPEN_TASKS);
        long open = System.nanoTime();
        new FinishedDelegations(jdbc, dialect, definitions).insert(FINISHED_DELEGATIONS);
        long history = System.nanoTime();
        // A database in use has its statistics; after a bulk load they must be gathered once.
        jdbc.execute("ANALYZE");
        long analyzed = System.nanoTime();
        report.line("%s: filled %,d open tasks in %.0f s, %,d finished delegations' history in %.0f s, ANALYZE %.0f s",
                database, OPEN_TASKS, seconds(start, open), FINISHED_DELEGATIONS, seconds(open, history),
                seconds(history, analyzed));
        checkAsTheEngineSeesIt(database, engine);
    }

    /** The tasks per candidate group and per user's filter as the engine counts them: a fill it cannot read fails here. */
    private void checkAsTheEngineSeesIt(String database, ProcessEngine engine) {
        TaskService tasks = engine.getTaskService();
        assertThat(tasks.createTaskQuery().count()).as("open tasks the engine sees").isEqualTo(OPEN_TASKS);
        Map<String, Long> perGroup = new LinkedHashMap<>();
        Stream.concat(Stream.of(SafarGroups.OFFICERS, SafarGroups.HR_VETTING, SafarGroups.DEPT_HEADS,
                        SafarGroups.AGENCY_DIRECTORS, SafarGroups.FINANCE),
                        SafarGroups.EMBASSY_COUNTRIES.stream().map(SafarGroups::embassy))
                .forEach(group -> perGroup.put(group, tasks.createTaskQuery().taskCandidateGroup(group).count()));
        report.line("%s: open tasks per candidate group: %s; assigned: %,d", database, perGroup,
                tasks.createTaskQuery().taskAssigned().count());
        assertThat(perGroup.values()).as("every group has work").allMatch(count -> count > 0);

        IdentityService identity = engine.getIdentityService();
        FilterService filters = engine.getFilterService();
        for (String user : USERS) {
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
            identity.setAuthentication(user, groups);
            try {
                Map<String, Long> perFilter = new LinkedHashMap<>();
                for (Filter filter : filters.createTaskFilterQuery().orderByFilterName().asc().list()) {
                    perFilter.put(filter.getName(), filters.count(filter.getId()));
                }
                report.line("%s: %s (%s) sees %s", database, user, String.join(", ", groups), perFilter);
                assertThat(perFilter.values()).as(user + "'s filters").anyMatch(count -> count > 0);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private void measure(String database, int port) {
        List<Series> series = new ArrayList<>();
        for (String user : USERS) {
            TasklistSession session = new TasklistSession(port);
            assertThat(session.login(user, user)).as(user + " logs in to Tasklist").isEqualTo(200);
            for (JsonNode filter : session.json(session.get(TasklistSession.ENGINE_API
                    + "/filter?resourceType=Task&itemCount=false"))) {
                series.add(new Series(user, filter.get("name").asText(), filter.get("id").asText(), session));
            }
        }
        series.sort(Comparator.comparing(Series::name));
        // Round after round, every series once: whatever else the machine does falls on all of them alike.
        for (int round = 0; round < WARM_UP; round++) {
            series.forEach(Series::call);
        }
        series.forEach(Series::reset);
        for (int round = 0; round < REPETITIONS; round++) {
            series.forEach(Series::call);
        }
        report.line("%s: %-10s %-18s %7s | %-26s | %-26s", database, "user", "filter", "tasks",
                "list (HAL, page of 50)", "count");
        for (Series s : series) {
            report.line("%s: %-10s %-18s %,7d | p50 %6.1f ms p99 %6.1f ms | p50 %6.1f ms p99 %6.1f ms", database,
                    s.user, s.filter, s.seen, s.list.percentileMillis(50), s.list.percentileMillis(99),
                    s.count.percentileMillis(50), s.count.percentileMillis(99));
        }
    }

    /** One user's one filter: the page Tasklist asks for, and the count. */
    private static final class Series {
        final String user;
        final String filter;
        final String listPath;
        final String countPath;
        final TasklistSession session;
        Timings list = new Timings();
        Timings count = new Timings();
        long seen;

        Series(String user, String filter, String id, TasklistSession session) {
            this.user = user;
            this.filter = filter;
            this.session = session;
            this.listPath = TasklistSession.ENGINE_API + "/filter/" + id + "/list?firstResult=0&maxResults=" + PAGE;
            this.countPath = TasklistSession.ENGINE_API + "/filter/" + id + "/count";
        }

        String name() {
            return user + " " + filter;
        }

        void call() {
            JsonNode page = list.time(() -> session.json(session.post(listPath, TASKLIST_QUERY, true, TasklistSession.HAL)));
            seen = page.get("count").asLong();
            long counted = count.time(() -> session.json(session.get(countPath))).get("count").asLong();
            if (counted != seen) {
                throw new AssertionError(name() + ": the list counts " + seen + " tasks, the count " + counted);
            }
        }

        void reset() {
            list = new Timings();
            count = new Timings();
        }
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
