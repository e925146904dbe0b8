package org.safar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How an app is started: as the README starts Safar ({@code ./mvnw spring-boot:run}, with the JVM
 * options the pom gives the plugin), as packaged ({@code java -jar app.jar}), or as docker/Dockerfile runs
 * it: extracted by Spring Boot ({@code -Djarmode=tools extract}: the app's classes in a small jar,
 * its libraries as plain jars beside it) with a class-data-sharing archive made by one training run
 * ({@code -XX:ArchiveClassesAtExit} with {@code -Dspring.context.exit=onRefresh}), so that the JVM
 * maps the classes it would otherwise read, verify and parse on every start.
 */
record Launch(String name, Kind kind, Path jar, List<String> jvmOptions) {

    enum Kind {
        README("readme"), JAR("jar"), CDS("cds");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Ready to start the app the given way; for {@link Kind#CDS} after extracting it and its training run. */
    static Launch prepare(String name, Path packagedJar, Kind kind, List<String> jvmOptions, Path work, Duration timeout) {
        if (kind == Kind.JAR || kind == Kind.README) {
            return new Launch(name, kind, packagedJar, jvmOptions);
        }
        Path extracted = work.resolve(name + "-extracted").toAbsolutePath();
        run(List.of(java(), "-Djarmode=tools", "-jar", packagedJar.toAbsolutePath().toString(), "extract",
                "--destination", extracted.toString()), work, timeout);
        Path jar = extracted.resolve(packagedJar.getFileName());
        Path archive = extracted.resolve("application.jsa");
        List<String> training = new ArrayList<>(jvmOptions);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        try (LaunchedApp app = LaunchedApp.launch(name + "-training", jar, training, work.resolve(name + "-training"))) {
            app.awaitExit(timeout);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run of " + name + " made no archive; see " + work);
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:SharedArchiveFile=" + archive);
        return new Launch(name, kind, jar, options);
    }

    /** Extra Maven arguments for the README's command (e.g. {@code -o} on a machine without a network). */
    private static final List<String> MAVEN_ARGUMENTS = List.of(System.getProperty("startup.maven", "").trim().split("\\s+"))
            .stream().filter(argument -> !argument.isEmpty()).toList();

    LaunchedApp start(String which, Path directory) {
        if (kind == Kind.README) {
            return LaunchedApp.launchReadmeCommand(name + "-" + which, Path.of(""), MAVEN_ARGUMENTS,
                    "org.safar.SafarApplication", directory);
        }
        return LaunchedApp.launch(name + "-" + which, jar, jvmOptions, directory);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(List<String> command, Path directory, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
