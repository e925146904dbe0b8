package org.safar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each package under {@code org.safar} is a module: what another module may use is its top package,
 * its entities, repositories and listeners sit in {@code internal}. The check reads the compiled classes
 * only; no Spring context starts.
 */
class ModularityTest {

    private static final Path DOCUMENTATION = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(SafarApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /** The component diagram and one canvas per module, in docs/modules, committed with the code. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(DOCUMENTATION)) {
            for (Path file : files.toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The Documenter writes a diagram's components and relations, and a canvas's lists, in no fixed order;
     * sorted, a build that changes no dependency leaves the committed documentation as it is.
     */
    private static List<String> sortedRuns(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = kindOf(line, runKind);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|* ")) {
                flush(run, sorted);
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        flush(run, sorted);
        return sorted;
    }

    /** What sorts among its neighbours: a relation, a component, an item of a table cell's list; else null. */
    private static String kindOf(String line, String previous) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        if (line.startsWith("  Component(")) {
            return "component";
        }
        if (line.startsWith("|* ") || line.startsWith("* ") && "cell".equals(previous)) {
            return "cell";
        }
        return null;
    }

    /** A table cell's list ("|* a", "* b") keeps its leading bar on whichever item comes first. */
    private static void flush(List<String> run, List<String> sorted) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|* ");
        List<String> items = new ArrayList<>(run.stream().map(line -> cell ? line.replaceFirst("^\\|", "") : line)
                .sorted().toList());
        if (cell) {
            items.set(0, "|" + items.get(0));
        }
        sorted.addAll(items);
        run.clear();
    }
}
