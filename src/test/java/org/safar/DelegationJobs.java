package org.safar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Plays the job executor in a @SpringBootTest, where it is off: runs the save points a call has just
 * passed, and moves the engine clock to run a delegation's due timers, oldest first. Reset the clock
 * after the test.
 */
public final class DelegationJobs {

    private final RuntimeService runtime;
    private final ManagementService management;

    public DelegationJobs(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * Runs every asynchronous continuation waiting now, and those they lead to, as the job executor
     * would right after the call that left them; timers wait for {@link #runDueAt}. A job that fails
     * fails the test with its exception.
     */
    public void runPending() {
        List<Job> pending = management.createJobQuery().messages().executable().list();
        while (!pending.isEmpty()) {
            pending.forEach(job -> management.executeJob(job.getId()));
            pending = management.createJobQuery().messages().executable().list();
        }
    }

    /** Moves the engine clock to the start of the day and runs the jobs of the delegation due by then. */
    public void runDueAt(long delegationId, LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        while (true) {
            List<String> instances = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(BusinessKeys.of(delegationId)).list().stream()
                    .map(ProcessInstance::getId).toList();
            // A save point has no due date: it runs before any timer.
            Job due = instances.stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance).executable().list()
                            .stream())
                    .min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (due == null) {
                return;
            }
            management.executeJob(due.getId());
        }
    }
}
