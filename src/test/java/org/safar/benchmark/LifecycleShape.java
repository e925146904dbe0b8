package org.safar.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;

/**
 * What one lifecycle makes the engine do, phase by phase (until departure; from return; six months
 * on), read from the engine's history (level full) as the difference before and after each phase of
 * a single instance running alone. Safar's shape is measured; the raw baseline is built to have the
 * same one, and measured too, to show that it does.
 */
record LifecycleShape(String name, List<Phase> phases) {

    /** What the engine did in one phase. */
    record Phase(long userTasks, long decisions, long serviceSteps, long savePoints, long timersSet,
            long timersFired, long timersCancelled, long processInstances) {

        Phase minus(Phase before) {
            return new Phase(userTasks - before.userTasks, decisions - before.decisions,
                    serviceSteps - before.serviceSteps, savePoints - before.savePoints,
                    timersSet - before.timersSet, timersFired - before.timersFired,
                    timersCancelled - before.timersCancelled,
                    processInstances - before.processInstances);
        }

        Phase plus(Phase other) {
            return new Phase(userTasks + other.userTasks, decisions + other.decisions,
                    serviceSteps + other.serviceSteps, savePoints + other.savePoints,
                    timersSet + other.timersSet, timersFired + other.timersFired,
                    timersCancelled + other.timersCancelled,
                    processInstances + other.processInstances);
        }

        /** Everything the engine's history holds now, as totals. */
        static Phase totals(ProcessEngine engine) {
            HistoryService history = engine.getHistoryService();
            long asyncCreated = history.createHistoricJobLogQuery().creationLog()
                    .jobDefinitionType(AsyncContinuationJobHandler.TYPE).count();
            long jobsCreated = history.createHistoricJobLogQuery().creationLog().count();
            long asyncRun = history.createHistoricJobLogQuery().successLog()
                    .jobDefinitionType(AsyncContinuationJobHandler.TYPE).count();
            long jobsRun = history.createHistoricJobLogQuery().successLog().count();
            // Save points are never deleted unrun; a timer is when its task completes first.
            long timersCancelled = history.createHistoricJobLogQuery().deletionLog().count();
            return new Phase(history.createHistoricTaskInstanceQuery().count(),
                    history.createHistoricDecisionInstanceQuery().count(),
                    history.createHistoricActivityInstanceQuery().activityType("serviceTask").count(),
                    asyncCreated, jobsCreated - asyncCreated, jobsRun - asyncRun, timersCancelled,
                    history.createHistoricProcessInstanceQuery().count());
        }

        @Override
        public String toString() {
            return "%d user tasks, %d decisions, %d service steps, %d save points, %d timers set, %d fired, %d cancelled, %d process instances"
                    .formatted(userTasks, decisions, serviceSteps, savePoints, timersSet, timersFired, timersCancelled,
                            processInstances);
        }
    }

    /** Measures the shape of one instance, driving it alone through the phases. */
    static LifecycleShape measure(String name, ProcessEngine engine, LifecycleRun.Instance instance,
            BenchmarkClock clock) {
        List<Phase> phases = new ArrayList<>();
        for (int phase = 0; phase < BenchmarkClock.PHASES; phase++) {
            clock.enter(phase);
            Phase before = Phase.totals(engine);
            instance.advance(phase);
            phases.add(Phase.totals(engine).minus(before));
        }
        instance.assertFinished();
        return new LifecycleShape(name, phases);
    }

    Phase total() {
        return phases.stream().reduce(new Phase(0, 0, 0, 0, 0, 0, 0, 0), Phase::plus);
    }

    long userTasks() {
        return total().userTasks();
    }
}
