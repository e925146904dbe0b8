package org.safar.engine;

// Camunda's internals: MetricsRegistry#markOccurrence(String, long) and #getDbMeters, and
// ProcessEngineConfigurationImpl#setMetricsRegistry. If they change, the engine's counters no longer reach
// /actuator/prometheus (OperationsTest); UpgradeContractTest checks the signatures.

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

/**
 * The engine's own metrics (activity instances, jobs executed, failed and acquired, decisions
 * evaluated, ...) as Micrometer counters of this node, e.g. {@code camunda_job_successful_total} on
 * /actuator/prometheus; and two gauges of the shared database that an operator alerts on: jobs due
 * but not yet taken, and open incidents. The engine keeps reporting to its own tables for Cockpit.
 */
@Component
class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

    private final MeterRegistry meters;

    EngineMetricsPlugin(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingMetricsRegistry(meters));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Gauge.builder("camunda.jobs.due", engine, e -> e.getManagementService().createJobQuery().executable().count())
                .description("Jobs whose time has come and that still have retries, in the whole cluster")
                .register(meters);
        Gauge.builder("camunda.incidents.open", engine, e -> e.getRuntimeService().createIncidentQuery().count())
                .description("Open incidents in the whole cluster: failures waiting for an operator in Cockpit")
                .register(meters);
    }

    /** Counts every occurrence the engine reports in a Micrometer counter too. */
    private static final class CountingMetricsRegistry extends MetricsRegistry {

        private final MeterRegistry meters;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingMetricsRegistry(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            if (getDbMeters().containsKey(name)) {
                counters.computeIfAbsent(name, metric -> Counter.builder("camunda." + metric.replace('-', '.'))
                        .description("Camunda engine metric " + metric + " on this node").register(meters))
                        .increment(times);
            }
        }
    }
}
