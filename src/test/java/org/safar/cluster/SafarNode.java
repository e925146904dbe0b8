package org.safar.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.safar.SafarApplication;

/**
 * One Safar node in a JVM of its own, started from the test JVM's classpath with the application's
 * main class, as the docker image starts it. Camunda keeps its engines in a static registry per JVM,
 * so two nodes in one JVM would not be two nodes. The node's output goes to a log file.
 */
final class SafarNode implements AutoCloseable {

    /** Environment the JVM itself needs; everything else the node gets is given explicitly. */
    private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TZ");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private SafarNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node with exactly the given environment (and the port it listens on); the settings a
     * Safar node reads come from there alone.
     */
    static SafarNode start(String name, Map<String, String> environment, Path logDirectory) {
        int port = freePort();
        Path log = logDirectory.resolve(name + ".log");
        // A small heap, one collector thread and the quick compiler: two nodes and the test share two cores.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", applicationClasspath(), SafarApplication.class.getName());
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(INHERITED);
        env.putAll(environment);
        env.put("SERVER_PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Files.createDirectories(logDirectory);
            return new SafarNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
    }

    /** The test JVM's classpath without the test classes: the node runs the application as built. */
    private static String applicationClasspath() {
        String testClasses;
        try {
            testClasses = Path.of(SafarNode.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    URI uri() {
        return URI.create("http://localhost:" + port);
    }

    Path log() {
        return log;
    }

    /** Waits until the node's readiness probe says UP, as a load balancer would before sending it work. */
    SafarNode awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(uri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // The node is still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Node " + name + " not ready after " + timeout + "; see " + log);
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it does; nothing of it runs after. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: Spring closes the node in order. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
