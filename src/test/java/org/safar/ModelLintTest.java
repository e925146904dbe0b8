package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * bpmnlint over every model in {@code processes/}, with the rules of the repository's {@code .bpmnlintrc}:
 * bpmnlint's recommended ones and Safar's own in {@code src/test/lint/rules} (no label touches a shape, a
 * flow or another label). Not one error and not one warning may remain; a failure lists each finding as
 * bpmnlint prints it. Node runs bpmnlint from the committed {@code package-lock.json} of
 * {@code src/test/lint}, which {@code .ci/run} installs.
 */
@ExtendWith(ModelLintTest.Prerequisites.class)
class ModelLintTest {

    private static final Path LINT = Path.of("src/test/lint").toAbsolutePath();
    private static final Path CONFIG = Path.of(".bpmnlintrc").toAbsolutePath();

    @Test
    void everyModelPassesTheRecommendedRulesAndSafarsOwn() throws Exception {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(models).hasSizeGreaterThan(1);

        Lint lint = lint(models);

        assertThat(lint.exitCode()).as("bpmnlint found:%n%s", lint.output()).isZero();
    }

    /** The test above would pass on a linter that finds nothing: this model has one of each mistake. */
    @Test
    void aFakeJoinAndLabelsOnFlowsShapesAndMarkersAreFound() throws Exception {
        Lint lint = lint(List.of(LINT.resolve("mistakes.bpmn")));

        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains(
                "EndEvent_Done  warning  Incoming flows do not join",
                "Gateway_Ok  error  The label touches the flow SequenceFlow_OkNo",
                "SequenceFlow_OkYes  error  The label touches the shape of EndEvent_Done",
                "SubProcess_Work  error  The title touches the shape of StartEvent_WorkStarted",
                "EndEvent_WorkEnded  error  The label touches the multi-instance marker of SubProcess_Work",
                "StartEvent_Started  error  Label has no bounds in the diagram");
    }

    private static Lint lint(List<Path> models) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js",
                "--config", CONFIG.toString(), "--max-warnings=0"));
        models.forEach(model -> command.add(model.toAbsolutePath().toString()));
        // Run in src/test/lint, where bpmnlint finds Safar's rules as the plug-in that folder is.
        ProcessBuilder builder = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true);
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("FORCE_COLOR", "0");
        Process node = builder.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new IllegalStateException("bpmnlint took longer than 2 minutes:\n" + output);
        }
        // bpmnlint pads its table with spaces; two between columns are enough to read and to match.
        return new Lint(node.exitValue(), output.replaceAll(" {2,}", "  ").replaceAll(" +\n", "\n"));
    }

    private record Lint(int exitCode, String output) {
    }

    /**
     * Lints only where Node and the npm packages of {@code src/test/lint} are installed; a missing one disables
     * each test with the reason, printed on the console too, as {@link BrowserPrerequisites} does.
     */
    static class Prerequisites implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = missing();
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Node and bpmnlint are installed");
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + missing);
            return ConditionEvaluationResult.disabled(missing);
        }

        private static String missing() {
            boolean node = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, "node")));
            if (!node) {
                return "Node is not on the PATH; install Node 20 or newer with npm (.ci/run does)";
            }
            if (!Files.isDirectory(LINT.resolve("node_modules/bpmnlint"))) {
                return "bpmnlint is missing; run 'npm ci' in " + LINT + " (.ci/run does)";
            }
            return null;
        }
    }
}
