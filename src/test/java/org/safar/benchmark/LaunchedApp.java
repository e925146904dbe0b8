package org.safar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot app started in a JVM of its own, in a working directory of its own (where its H2 file
 * database lives), probed from outside as an operator's monitoring would: over HTTP, and in
 * {@code /proc} for its memory. It is started either as {@code java <options> -jar}, or as the README
 * starts it, {@code ./mvnw spring-boot:run}: then the launched process is Maven, the app is the JVM
 * Maven forks, and the figures are the app's (Maven's own memory is reported beside them). Closing
 * it always ends both.
 */
final class LaunchedApp implements AutoCloseable {

    /** The one page the figure is about: Camunda redirects it to the default engine's Tasklist. */
    static final String TASKLIST = "/camunda/app/tasklist/";

    /** Environment the JVM itself needs; nothing else, so that no SPRING_ or SAFAR_ variable changes the app. */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TZ");

    private static final Duration POLL = Duration.ofMillis(100);

    private final String name;
    private final int port;
    private final Path log;
    private final long launchedAt;
    private final Process process;
    private final String appMainClass;
    private final Thread killOnExit;
    private ProcessHandle app;

    private LaunchedApp(String name, int port, Path log, long launchedAt, Process process, String appMainClass) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.launchedAt = launchedAt;
        this.process = process;
        this.appMainClass = appMainClass;
        this.app = appMainClass == null ? process.toHandle() : null;
        // Should the benchmark's own JVM be ended early, the app does not outlive it.
        this.killOnExit = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts {@code java <jvmOptions> -jar <jar>} in the directory; its output goes to {@code <name>.log} there. */
    static LaunchedApp launch(String name, Path jar, List<String> jvmOptions, Path directory) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin").resolve("java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        return start(name, command, port, directory, null);
    }

    /**
     * Starts the README's command, {@code ./mvnw spring-boot:run}, in the project (the plugin's own
     * JVM options, nothing added), with the app's port and working directory passed as the plugin's
     * properties and any extra Maven arguments (such as {@code -o}) before the goal.
     */
    static LaunchedApp launchReadmeCommand(String name, Path project, List<String> mavenArguments, String mainClass,
            Path directory) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(project.toAbsolutePath().resolve("mvnw").toString());
        command.add("-f");
        command.add(project.toAbsolutePath().resolve("pom.xml").toString());
        command.addAll(mavenArguments);
        command.addAll(List.of("spring-boot:run", "-Dspring-boot.run.arguments=--server.port=" + port,
                "-Dspring-boot.run.workingDirectory=" + directory.toAbsolutePath()));
        return start(name, command, port, directory, mainClass);
    }

    private static LaunchedApp start(String name, List<String> command, int port, Path directory, String appMainClass) {
        Path log = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().retainAll(INHERITED);
        // The Maven wrapper runs Maven on the JDK that runs the benchmark.
        environment.put("JAVA_HOME", javaHome().toString());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Files.createDirectories(directory);
            long launchedAt = System.nanoTime();
            return new LaunchedApp(name, port, log, launchedAt, builder.start(), appMainClass);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * The app's JVM: the launched process itself, or the descendant of Maven whose command line runs
     * the app's main class (found once the app answers, so it exists by then).
     */
    private ProcessHandle app() {
        if (app == null) {
            app = process.descendants().filter(child -> commandLine(child).contains(appMainClass)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No process of " + appMainClass + " under " + name));
        }
        return app;
    }

    private static String commandLine(ProcessHandle handle) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException processEnded) {
            return "";
        }
    }

    /**
     * Waits until Tasklist's page is served (200 after Camunda's redirect, and the page itself in the
     * body) and answers how long that took from the launch of the process, and the CPU time the process
     * had used by then: on a machine busy with other work the wall-clock time stretches, the CPU time
     * far less, so the two together tell start-up work from waiting for a core.
     */
    Started awaitTasklist(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TASKLIST))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = launchedAt + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && isTasklistPage(response.body())) {
                    return new Started(Duration.ofNanos(System.nanoTime() - launchedAt), cpuTime());
                }
            } catch (IOException notYetListening) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(POLL);
        }
        throw new IllegalStateException(name + " did not serve Tasklist within " + timeout + "; see " + log);
    }

    record Started(Duration wallClock, Duration cpu) {
    }

    /** Tasklist's own index page, not some page that happens to answer 200 on the way. */
    private static boolean isTasklistPage(String body) {
        return body.contains("<html") && body.contains("app/tasklist/default/");
    }

    /**
     * Waits until the app works on nothing more of its start (listeners after Tomcat opened, the job
     * executor's first rounds, the JIT compiler): until it used less than 5 % of one core over two
     * seconds running, or the timeout passed.
     */
    void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration window = Duration.ofSeconds(2);
        long cpuBefore = cpuTime().toNanos();
        while (System.nanoTime() < deadline) {
            sleep(window);
            long cpuNow = cpuTime().toNanos();
            if (cpuNow - cpuBefore < window.toNanos() / 20) {
                return;
            }
            cpuBefore = cpuNow;
        }
    }

    /** The app's resident memory now and at its peak, from the kernel, and the launcher's (Maven's) if any. */
    Memory memory() {
        List<String> status = status(app());
        long launcher = app().pid() == process.pid() ? 0 : kibibytes(status(process.toHandle()), "VmRSS:");
        return new Memory(kibibytes(status, "VmRSS:"), kibibytes(status, "VmHWM:"), launcher);
    }

    private List<String> status(ProcessHandle handle) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(handle.pid()), "status"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of " + name, e);
        }
    }

    /** Resident memory in KiB: the app's now and at its peak, and that of the process that launched it (or 0). */
    record Memory(long residentKiB, long peakKiB, long launcherResidentKiB) {
    }

    private static long kibibytes(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").trim()))
                .orElseThrow(() -> new IllegalStateException("No " + field + " in /proc/<pid>/status"));
    }

    /** User and system CPU time of the app so far (fields 14 and 15 of /proc/<pid>/stat, in ticks of 10 ms). */
    private Duration cpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(app().pid()), "stat"));
            // The command name in parentheses may hold spaces; the fields that follow are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CPU time of " + name, e);
        }
    }

    /** Waits until the app ends by itself, as a training run does once its context is refreshed. */
    void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not end within " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM, as an operator stops it: Spring closes the engine and the database in order; under
     * Maven the app first, then Maven.
     */
    void stop() {
        process.descendants().forEach(child -> {
            child.destroy();
            child.onExit().completeOnTimeout(child, 60, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        });
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            stop();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
