package org.safar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One delegation from its opening to the six-month follow-up of its trip reports, worked in Camunda Tasklist in Debian's
 * Chromium by the demo users of every group in turn ({@code src/test/e2e/lifecycle.mjs}): each form
 * filled in on the page, each step checked on the page and in the API. Between the steps before and
 * after the trip, this side moves the engine's clock to the departure, the return and six months on,
 * and runs the timers, as the job executor would. On the way the script checks the page with axe-core (no critical
 * or serious WCAG 2.1 AA violation on the login page, the task lists and every form), that a form flagged and
 * then hidden again does not hold Complete back, and has Jasur submit his trip report on a phone's width, where
 * the server refuses a blank action plan on the form. Screenshots of every form go to {@code target/e2e-screenshots}.
 */
@ExtendWith(BrowserPrerequisites.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistLifecycleBrowserTest {

    private static final Path E2E = BrowserPrerequisites.E2E;
    private static final Path STATE = Path.of("target/e2e-state.json").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots").toAbsolutePath();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void aDelegationGoesFromOpeningToItsFollowUpThroughTasklist() throws Exception {
        Files.deleteIfExists(STATE);
        if (Files.isDirectory(SCREENSHOTS)) {
            try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                for (Path shot : old.toList()) {
                    Files.delete(shot);
                }
            }
        }

        // Nomination, vetting, approval and the embassy work in Russian: the page, the forms and what Safar
        // writes into them speak it, and no English word is left on any page but data and what was typed. The
        // embassy asks for new dates, which the officer picks in the form's calendar: the dates the timers
        // below run at are those the script leaves in its state.
        steps("ru", "nominate");
        // A throwaway delegation, cancelled through the start form of "Change a delegation" alone.
        steps("en", "change");
        // The change was made on submission: nothing of it waits in the engine.
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("changeDelegation").count()).isZero();
        steps("ru", "clear", "approve", "embassy");
        steps("en", "funding", "travel");
        JsonNode state = new ObjectMapper().readTree(STATE.toFile());
        long id = state.get("delegationId").asLong();
        SafarApi api = new SafarApi(rest);
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("TRAVEL");

        DelegationJobs jobs = new DelegationJobs(runtime, management);
        jobs.runDueAt(id, LocalDate.parse(state.get("departure").asText()));
        LocalDate returnDay = LocalDate.parse(state.get("returnDay").asText());
        jobs.runDueAt(id, returnDay);
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("DEBRIEFING");

        steps("en", "report", "review", "settle");
        assertThat(api.delegation("aziza", id).get("openTasks")).isEmpty();
        assertThat(api.ok(api.get("jasur", "/api/good-practices?q=kiosk&country=DE")).findValuesAsText("title"))
                .containsExactly("Appointment kiosk with SMS call-up");

        jobs.runDueAt(id, returnDay.plusMonths(6));
        steps("en", "followUp");
        JsonNode completed = api.delegation("aziza", id);
        assertThat(completed.get("stage").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("closedAt").isNull()).isFalse();
        try (Stream<Path> shots = Files.list(SCREENSHOTS)) {
            // Numbered in the order taken, one for every form filled in, vetting's list of the delegation's
            // clearances, and Jasur's refused report on his phone.
            assertThat(shots.map(shot -> shot.getFileName().toString().replaceFirst("^\\d+-", ""))).contains(
                    "aziza-open-delegation.png", "aziza-nominate-members.png", "aziza-change-delegation.png",
                    "gulnoza-task-list.png", "gulnoza-clear-rustam.png",
                    "bakhtiyor-approve-delegation.png", "otabek-approve-delegation.png",
                    "berlin-ask-for-new-dates.png", "aziza-revise-for-embassy.png",
                    "berlin-confirm-host-arrangements.png", "madina-approve-funding.png",
                    "aziza-record-ticket-jasur.png", "jasur-trip-report-refused-on-phone.png",
                    "jasur-submit-trip-report-jasur.png",
                    "aziza-submit-trip-report-rustam.png", "bakhtiyor-review-malika.png", "madina-settle-malika.png",
                    "bakhtiyor-follow-up-jasur.png").hasSize(30);
        }
    }

    /**
     * Runs steps of the browser script against this Safar in a browser speaking the given language,
     * failing with what the script said. Meanwhile this side plays the job executor (off in tests):
     * the save points that the people's work passes run a moment later, as on a running node.
     */
    private void steps(String locale, String... steps) throws IOException, InterruptedException {
        List<String> command = List.of("node", "lifecycle.mjs", "--base-url", "http://localhost:" + port,
                "--steps", String.join(",", steps), "--locale", locale, "--state", STATE.toString(),
                "--screenshots", SCREENSHOTS.toString());
        DelegationJobs jobs = new DelegationJobs(runtime, management);
        ScheduledExecutorService jobExecutor = Executors.newSingleThreadScheduledExecutor();
        jobExecutor.scheduleWithFixedDelay(() -> {
            try {
                jobs.runPending();
            } catch (RuntimeException clash) {
                // A job that met a person's concurrent change runs again at the next turn, as it would.
                System.out.println("job executor: " + clash.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
        try {
            run(command, steps);
        } finally {
            jobExecutor.shutdown();
            jobExecutor.awaitTermination(1, TimeUnit.MINUTES);
        }
        // What the last action of the steps left behind, before this side looks.
        jobs.runPending();
    }

    private void run(List<String> command, String... steps) throws IOException, InterruptedException {
        Process script = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true).start();
        // Read as it comes, so that a chatty script never blocks on a full pipe.
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        if (!script.waitFor(30, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            fail("The browser steps %s took longer than 30 minutes", String.join(",", steps));
        }
        reader.join();
        System.out.println(output);
        if (script.exitValue() != 0) {
            fail("The browser steps %s failed:%n%s", String.join(",", steps), output);
        }
    }
}
