package org.safar.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where a benchmark's figures go: printed to the console as it runs, and appended to
 * {@code target/benchmarks/<name>.txt}, from which docs/BENCHMARKS.md is written.
 */
final class BenchmarkReport {

    static final Path DIRECTORY = Path.of("target", "benchmarks");

    private final Path file;

    BenchmarkReport(String name) {
        this.file = DIRECTORY.resolve(name + ".txt");
        try {
            Files.createDirectories(DIRECTORY);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line("# " + name + " — " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("# " + machine());
    }

    void line(String text) {
        System.out.println(text);
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String format, Object... arguments) {
        line(String.format(java.util.Locale.ROOT, format, arguments));
    }

    /** Cores, memory, processor and JVM, as a line. */
    static String machine() {
        return "%d cores, %s, %.0f GiB memory, %s %s".formatted(
                Runtime.getRuntime().availableProcessors(), processorName(),
                physicalMemoryBytes() / 1024.0 / 1024 / 1024,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static String processorName() {
        try {
            List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return cpuinfo.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown processor");
        } catch (IOException e) {
            return "unknown processor";
        }
    }

    private static long physicalMemoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
