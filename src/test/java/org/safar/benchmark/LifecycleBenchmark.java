package org.safar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safar.postgres.TestPostgres;

/**
 * Lifecycle cost: Safar's delegations from opening to the six-month follow-up, beside the raw engine
 * running the same shape, on H2 (Safar's embedded default) and on PostgreSQL (embedded, as the
 * tests), with 1 and with 4 threads. Run with {@code ./mvnw verify -Pbenchmark -Dit.test=LifecycleBenchmark};
 * system properties: {@code benchmark.delegations} (per configuration, default 30),
 * {@code benchmark.warmup} (default 9), {@code benchmark.databases} (h2,postgres),
 * {@code benchmark.threads} (1,4), {@code benchmark.h2flags} (more H2 URL flags, e.g.
 * {@code ;TRACE_LEVEL_FILE=2} to log every statement for counting). Figures go to target/benchmarks/lifecycle.txt, the chart to
 * target/benchmarks/lifecycle-throughput.png. It fails only on a broken run, never on a number.
 */
class LifecycleBenchmark {

    private static final Path H2_DIRECTORY = BenchmarkReport.DIRECTORY.resolve("h2");

    @Test
    void lifecycleCost() {
        int delegations = Integer.getInteger("benchmark.delegations", 30);
        int warmup = Integer.getInteger("benchmark.warmup", 9);
        List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
        int[] threadCounts = Arrays.stream(System.getProperty("benchmark.threads", "1,4").split(","))
                .mapToInt(Integer::parseInt).toArray();
        BenchmarkReport report = new BenchmarkReport("lifecycle");
        report.line("# %d delegations per configuration (Japan, Korea, Germany in turn) after %d of warm-up; "
                + "history full; job executor off, played by the benchmark", delegations, warmup);
        List<LifecycleRun.Result> results = new ArrayList<>();
        for (String database : databases) {
            results.addAll(switch (database.strip()) {
                case "h2" -> onH2(report, delegations, warmup, threadCounts);
                case "postgres" -> onPostgres(report, delegations, warmup, threadCounts);
                default -> throw new IllegalArgumentException("No database " + database + "; h2 or postgres");
            });
        }

        report.line("");
        report.line("%-10s %7s %-5s %11s %10s %9s %9s %11s %9s", "database", "threads", "run", "instances/s",
                "tasks/s", "task p50", "task p99", "ms/instance", "Safar/raw");
        for (LifecycleRun.Result result : results) {
            LifecycleRun.Result raw = results.stream().filter(r -> r.system().equals("raw")
                    && r.database().equals(result.database()) && r.threads() == result.threads()).findFirst()
                    .orElseThrow();
            report.line("%-10s %7d %-5s %11.2f %10.1f %9.2f %9.2f %11.1f %9s", result.database(), result.threads(),
                    result.system(), result.instancesPerSecond(), result.tasksPerSecond(),
                    result.completions().percentileMillis(50), result.completions().percentileMillis(99),
                    result.millisPerInstance(), result.system().equals("Safar")
                            ? "%.2f×".formatted(result.millisPerInstance() / raw.millisPerInstance()) : "");
        }
        Path chart = BenchmarkReport.DIRECTORY.resolve("lifecycle-throughput.png");
        ThroughputChart.write(results, "%d delegations per bar; %s".formatted(delegations, BenchmarkReport.machine()),
                chart);
        report.line("");
        report.line("Figures: %s", BenchmarkReport.DIRECTORY.resolve("lifecycle.txt").toAbsolutePath());
        report.line("Chart:   %s", chart.toAbsolutePath());
    }

    /** Safar's embedded default: H2 files with the flags of application.yaml, Safar's and the raw engine's side by side. */
    private static List<LifecycleRun.Result> onH2(BenchmarkReport report, int delegations, int warmup, int[] threads) {
        deleteRecursively(H2_DIRECTORY);
        String flags = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" + System.getProperty("benchmark.h2flags", "");
        String safarUrl = "jdbc:h2:file:" + H2_DIRECTORY.toAbsolutePath().resolve("safar") + flags;
        String rawUrl = "jdbc:h2:file:" + H2_DIRECTORY.toAbsolutePath().resolve("raw") + flags;
        try (SafarLifecycle safar = SafarLifecycle.start(new String[] {"test"},
                Map.of("spring.datasource.url", safarUrl))) {
            // Hikari's default pool of 10, as on the embedded default.
            return compare(report, "H2", safar, shapes -> RawLifecycle.start("h2", rawUrl, "sa", "", 10, shapes,
                    new BenchmarkClock(safar.latestReturn())), delegations, warmup, threads);
        }
    }

    /** The postgres profile on a fresh database of the embedded server, the raw engine on another. */
    private static List<LifecycleRun.Result> onPostgres(BenchmarkReport report, int delegations, int warmup,
            int[] threads) {
        try (SafarLifecycle safar = SafarLifecycle.start(new String[] {"postgres", "test"}, Map.of(
                "spring.datasource.url", TestPostgres.newDatabase("safar"),
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", TestPostgres.PASSWORD))) {
            // The postgres profile's pool of 20.
            return compare(report, "PostgreSQL", safar, shapes -> RawLifecycle.start("postgres",
                    TestPostgres.newDatabase("raw"), TestPostgres.USER, TestPostgres.PASSWORD, 20, shapes,
                    new BenchmarkClock(safar.latestReturn())), delegations, warmup, threads);
        }
    }

    private interface RawFactory {
        RawLifecycle start(List<LifecycleShape> shapes);
    }

    /**
     * Measures Safar's shape per programme (which also warms it up), builds the raw baseline to it,
     * warms both up, then runs them in turn at each thread count, so that both see the same load.
     */
    private static List<LifecycleRun.Result> compare(BenchmarkReport report, String database, SafarLifecycle safar,
            RawFactory rawFactory, int delegations, int warmup, int[] threadCounts) {
        BenchmarkClock clock = new BenchmarkClock(safar.latestReturn());
        List<LifecycleShape> shapes = new ArrayList<>();
        for (String country : safar.hostCountries()) {
            shapes.add(LifecycleShape.measure(country, safar.engine(), safar.prepare(), clock));
        }
        List<LifecycleRun.Result> results = new ArrayList<>();
        try (RawLifecycle raw = rawFactory.start(shapes)) {
            report.line("");
            report.line("## %s: the shape of one delegation, phase by phase (opening to departure | return | six months on)",
                    database);
            for (LifecycleShape shape : shapes) {
                LifecycleShape rawShape = LifecycleShape.measure(shape.name(), raw.engine(), raw.prepare(), clock);
                for (int phase = 0; phase < shape.phases().size(); phase++) {
                    report.line("%s phase %d  Safar: %s", shape.name(), phase, shape.phases().get(phase));
                    report.line("%s phase %d  raw:   %s", shape.name(), phase, rawShape.phases().get(phase));
                }
            }
            LifecycleRun.run(safar, database, clock, warmup, 1);
            LifecycleRun.run(raw, database, clock, warmup, 1);
            for (int threads : threadCounts) {
                for (LifecycleRun.Lifecycle lifecycle : List.of(safar, raw)) {
                    LifecycleRun.Result result = LifecycleRun.run(lifecycle, database, clock, delegations, threads);
                    report.line("%s %s, %d thread(s): %d instances in %.1f s, %d tasks; task p50 %.2f ms, p99 %.2f ms",
                            database, result.system(), threads, result.instances(), result.wallNanos() / 1e9,
                            result.tasks(), result.completions().percentileMillis(50),
                            result.completions().percentileMillis(99));
                    results.add(result);
                }
            }
        }
        return results;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
