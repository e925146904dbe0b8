package org.safar.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up and memory of Safar's packaged jar on its embedded default (an H2 file database in a
 * fresh directory, demo data on), beside a bare Camunda starter app built in the same run: how long
 * from the launch of the JVM until Tasklist serves its page, on a fresh database (schemas, models
 * deployed, demo data) and on a restart (the same database again), and the resident memory once the
 * start is over. Both apps run several times, alternately, with the same JVM options: those of
 * docker/Dockerfile. Each is run as {@code java -jar} and, as the docker image runs it, extracted
 * with a class-data-sharing archive of its own (see {@link Launch}). Safar alone is also started by
 * the README's own command, {@code ./mvnw spring-boot:run}, whose JVM options are the pom's
 * ({@code safar.jvm}): the figure a newcomer sees, with Maven's own memory beside it.
 *
 * <pre>./mvnw verify -Pbenchmark -Dit.test=StartupBenchmark [-Dstartup.runs=3] [-Dstartup.launches=readme,jar,cds]
 *     [-Dstartup.jvm="-Xmx384m ..."] [-Dstartup.maven=-o]</pre>
 *
 * It prints its figures and never fails on them; it fails only when an app does not start.
 */
class StartupBenchmark {

    /**
     * The JVM options of docker/Dockerfile (keep the two alike), for a small server that runs one
     * Safar: a bounded heap that grows from a small start, bounded metaspace and code cache so that
     * the process's size is known in advance, and the serial collector, the JVM's own choice for one
     * or two cores and a heap this small, with the least memory of its own.
     */
    static final String DOCUMENTED_JVM_OPTIONS = "-Xms128m -Xmx384m -XX:MaxMetaspaceSize=256m "
            + "-XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(1);
    private static final Path WORK = Path.of("target", "startup-benchmark");

    @Test
    void safarBesideTheBareStarterApp() throws Exception {
        int runs = Integer.getInteger("startup.runs", 3);
        List<String> jvmOptions = Arrays.asList(System.getProperty("startup.jvm", DOCUMENTED_JVM_OPTIONS).trim().split("\\s+"));
        List<Launch.Kind> kinds = Arrays.stream(System.getProperty("startup.launches", "readme,jar,cds").split(","))
                .map(kind -> Launch.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT))).toList();
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);

        BenchmarkReport report = new BenchmarkReport("startup");
        report.line("# JVM options of both apps: %s", String.join(" ", jvmOptions));
        report.line("# %d runs per app and launch, alternating which app goes first; Tasklist = GET %s served;"
                + " CPU = user + system time of the app's process", runs, LaunchedApp.TASKLIST);
        Path safarJar = safarJar();
        Path bareJar = BareStarter.build(WORK);

        for (Launch.Kind kind : kinds) {
            if (kind == Launch.Kind.README) {
                readmeCommand(report, Launch.prepare("safar", safarJar, kind, jvmOptions, WORK, START_TIMEOUT), runs);
                continue;
            }
            Launch safar = Launch.prepare("safar", safarJar, kind, jvmOptions, WORK, START_TIMEOUT);
            Launch bare = Launch.prepare("bare-starter", bareJar, kind, jvmOptions, WORK, START_TIMEOUT);
            List<Start> safarStarts = new ArrayList<>();
            List<Start> bareStarts = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                boolean safarFirst = run % 2 == 1;
                for (Launch launch : safarFirst ? List.of(safar, bare) : List.of(bare, safar)) {
                    Start start = startTwice(launch, run);
                    (launch == safar ? safarStarts : bareStarts).add(start);
                    report.line("%-4s run %d %-13s first start %s | restart %s", kind.label, run, launch.name(),
                            start.first(), start.restart());
                }
            }
            summarise(report, kind, safarStarts, bareStarts);
        }
    }

    /** Safar as the README starts it; there is no bare app to compare with, only the 512 MiB target. */
    private static void readmeCommand(BenchmarkReport report, Launch safar, int runs) {
        report.line("# readme = ./mvnw spring-boot:run, the app's JVM options from the pom; Maven's own JVM beside it");
        List<Start> starts = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Start start = startTwice(safar, run);
            starts.add(start);
            report.line("%-6s run %d safar first start %s, Maven %d MiB | restart %s", safar.kind().label, run,
                    start.first(), start.first().memory().launcherResidentKiB() / 1024, start.restart());
        }
        double peak = Math.max(median(starts, start -> mebibytes(start.first().memory().peakKiB())),
                median(starts, start -> mebibytes(start.restart().memory().peakKiB())));
        report.line("");
        report.line("readme — medians of %d runs: until Tasklist %.2f s fresh, %.2f s restart; resident when idle %.0f MiB",
                starts.size(), median(starts, start -> seconds(start.first().started().wallClock())),
                median(starts, start -> seconds(start.restart().started().wallClock())),
                median(starts, start -> mebibytes(start.first().memory().residentKiB())));
        report.line("target resident ≤ 512 MiB from the README's command: %.0f MiB at peak (median) — %s", peak,
                peak <= 512 ? "met" : "not met");
        report.line("");
    }

    /** The app on a fresh database until it is idle, stopped, and started once more on the same database. */
    private static Start startTwice(Launch launch, int run) {
        Path directory = WORK.resolve(launch.name() + "-" + launch.kind().label + "-" + run);
        return new Start(measure(launch, directory, "first-start"), measure(launch, directory, "restart"));
    }

    private static Measured measure(Launch launch, Path directory, String which) {
        try (LaunchedApp app = launch.start(which, directory)) {
            LaunchedApp.Started started = app.awaitTasklist(START_TIMEOUT);
            app.awaitIdle(IDLE_TIMEOUT);
            LaunchedApp.Memory memory = app.memory();
            app.stop();
            return new Measured(started, memory);
        }
    }

    private static void summarise(BenchmarkReport report, Launch.Kind kind, List<Start> safar, List<Start> bare) {
        report.line("");
        report.line("%s — medians of %d runs                    Safar     bare  Safar/bare", kind.label, safar.size());
        row(report, "until Tasklist, fresh database        (s)", safar, bare, start -> seconds(start.first().started().wallClock()));
        row(report, "  CPU time used by then               (s)", safar, bare, start -> seconds(start.first().started().cpu()));
        row(report, "until Tasklist, restart               (s)", safar, bare, start -> seconds(start.restart().started().wallClock()));
        row(report, "  CPU time used by then               (s)", safar, bare, start -> seconds(start.restart().started().cpu()));
        row(report, "resident when idle, fresh database  (MiB)", safar, bare, start -> mebibytes(start.first().memory().residentKiB()));
        row(report, "resident at peak, fresh database    (MiB)", safar, bare, start -> mebibytes(start.first().memory().peakKiB()));
        row(report, "resident when idle, restart         (MiB)", safar, bare, start -> mebibytes(start.restart().memory().residentKiB()));
        row(report, "resident at peak, restart           (MiB)", safar, bare, start -> mebibytes(start.restart().memory().peakKiB()));
        double fresh = ratio(safar, bare, start -> seconds(start.first().started().wallClock()));
        double restart = ratio(safar, bare, start -> seconds(start.restart().started().wallClock()));
        double peak = Math.max(median(safar, start -> mebibytes(start.first().memory().peakKiB())),
                median(safar, start -> mebibytes(start.restart().memory().peakKiB())));
        report.line("target start-up ≤ 1.2× bare: %.2f× fresh, %.2f× restart — %s", fresh, restart,
                fresh <= 1.2 && restart <= 1.2 ? "met" : "not met");
        report.line("target resident ≤ 512 MiB: %.0f MiB at peak (median) — %s", peak, peak <= 512 ? "met" : "not met");
        report.line("");
    }

    private static void row(BenchmarkReport report, String label, List<Start> safar, List<Start> bare,
            ToDoubleFunction<Start> figure) {
        report.line("  %s %8.2f %8.2f %8.2f×", label, median(safar, figure), median(bare, figure), ratio(safar, bare, figure));
    }

    private static double ratio(List<Start> safar, List<Start> bare, ToDoubleFunction<Start> figure) {
        return median(safar, figure) / median(bare, figure);
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** The jar that {@code ./mvnw verify -Pbenchmark} packaged before Failsafe runs. */
    private static Path safarJar() throws Exception {
        try (var jars = Files.list(Path.of("target"))) {
            return jars.filter(path -> path.getFileName().toString().matches("safar-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/safar-*.jar: run ./mvnw verify -Pbenchmark"));
        }
    }

    private static double mebibytes(long kibibytes) {
        return kibibytes / 1024.0;
    }

    /** One start: until Tasklist answered, and the memory once it was idle. */
    private record Measured(LaunchedApp.Started started, LaunchedApp.Memory memory) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.2f s (CPU %6.2f s), idle %4d MiB, peak %4d MiB",
                    seconds(started.wallClock()), seconds(started.cpu()), memory.residentKiB() / 1024, memory.peakKiB() / 1024);
        }
    }

    /** An app on a fresh database, then again on the database it left. */
    private record Start(Measured first, Measured restart) {
    }
}
