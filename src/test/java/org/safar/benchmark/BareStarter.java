package org.safar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The start-up benchmark's baseline: the bare Camunda starter app of src/test/benchmark/bare-starter,
 * built in the same run with the project's Maven wrapper, so that it uses the very Spring Boot and
 * Camunda versions Safar is built with. Nothing of it goes into Safar's jar.
 */
final class BareStarter {

    private static final Path PROJECT = Path.of("src", "test", "benchmark", "bare-starter");

    private BareStarter() {
    }

    /** Builds the bare app into {@code <directory>/bare-starter} and answers its jar. */
    static Path build(Path directory) {
        Path buildDirectory = directory.resolve("bare-starter").toAbsolutePath();
        Path log = directory.resolve("bare-starter-build.log");
        ProcessBuilder maven = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q",
                "-f", PROJECT.resolve("pom.xml").toString(), "-Dbare.build.directory=" + buildDirectory, "package")
                .redirectErrorStream(true);
        try {
            Files.createDirectories(directory);
            maven.redirectOutput(log.toFile());
            Process process = maven.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Building the bare starter app took over 10 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Building the bare starter app failed; see " + log
                        + System.lineSeparator() + String.join(System.lineSeparator(), tail(log)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return buildDirectory.resolve("bare-starter.jar");
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    }
}
