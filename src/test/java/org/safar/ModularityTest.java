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
        try (Stream<Path> diagrams = Files.list(DOCUMENTATION)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The Documenter writes a diagram's components and relations in no fixed order; sorted, a build that
     * changes no dependency leaves the committed diagrams as they are.
     */
    private static List<String> sortedRuns(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("Rel(") ? "Rel(" : line.startsWith("  Component(") ? "Component(" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                sorted.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }
}
