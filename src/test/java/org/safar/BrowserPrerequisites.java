package org.safar;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test only where Debian's Chromium and the npm packages of {@code src/test/e2e} are
 * installed. A missing one disables each test with the reason, so that Surefire counts it as skipped
 * and its report says why; the reason is printed on the console too, since Surefire's totals alone do
 * not name it. Decided before the test's Spring context starts, so a skip costs nothing.
 */
public class BrowserPrerequisites implements ExecutionCondition {

    /** The paths, movable for the test of this skip itself: {@code -Dsafar.e2e.chromium=/nowhere}. */
    static final Path CHROMIUM = Path.of(System.getProperty("safar.e2e.chromium", "/usr/bin/chromium"));
    static final Path E2E = Path.of(System.getProperty("safar.e2e.scripts", "src/test/e2e"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and the browser test's npm packages are installed");
        }
        System.out.println("SKIPPED " + context.getDisplayName() + ": " + missing);
        return ConditionEvaluationResult.disabled(missing);
    }

    private static String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "Debian's Chromium is not at " + CHROMIUM + "; install it with 'apt-get install -y chromium'"
                    + " (.ci/run does)";
        }
        if (!Files.isDirectory(E2E.resolve("node_modules/playwright-core"))) {
            return "the browser test's npm packages are missing; run 'npm ci' in " + E2E
                    + " with Node 20 or newer (.ci/run does)";
        }
        return null;
    }
}
