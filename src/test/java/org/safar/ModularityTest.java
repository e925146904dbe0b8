package org.safar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each package under {@code org.safar} is a module: what another module may use is its top package
 * (or a named interface), its entities, repositories and listeners sit in {@code internal}. The check
 * reads the compiled classes only; no Spring context starts.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SafarApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    /** The component diagram and one canvas per module, in docs/modules, committed with the code. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}
