package org.safar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the fast process tests, with mocked beans (see process-tests.camunda.cfg.xml). */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();
    }

    /**
     * Runs a job that keeps failing the way the job executor would: again each time its retry cycle
     * says, moving the engine clock there, until no retry is left and the engine raises the incident
     * that an operator sees in Cockpit.
     *
     * @return how many times the job ran
     */
    public static int failUntilIncident(ManagementService management, String jobId) {
        int runs = 0;
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        while (job.getRetries() > 0) {
            if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(job.getDuedate());
            }
            Date before = ClockUtil.getCurrentTime();
            // The failure is the point: what the engine logs of it is held and checked, not printed.
            try (CapturedLog log = CapturedLog.of(CapturedLog.ENGINE_COMMANDS)) {
                Throwable thrown = catchThrowable(() -> management.executeJob(jobId));
                assertThat(thrown).as("run %d at %s", runs + 1, before).isInstanceOf(RuntimeException.class);
                assertThat(log.errors()).allSatisfy(error -> assertThat(error).endsWith(rootCause(thrown).getMessage()));
            }
            runs++;
            job = management.createJobQuery().jobId(jobId).singleResult();
        }
        return runs;
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** What an operator's "Retry" of the incident in Cockpit does: one more retry, due now. */
    public static void retryNow(ManagementService management, String jobId) {
        management.setJobRetries(1).jobId(jobId).dueDate(ClockUtil.getCurrentTime()).execute();
    }
}
