package org.safar.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

/**
 * The raw engine baseline: a plain Camunda engine, no Safar code, on a database of its own of the
 * same kind and settings as Safar's (same JDBC URL flags, same connection pool, history full, UUID
 * ids), running for each of Safar's delegation shapes a bare BPMN built to the same shape: per phase,
 * the timers that fire, the save points, the decisions (business-rule tasks on a small DMN table),
 * the service steps (an expression), the user tasks (one carrying the timers that Safar sets and
 * cancels, then a parallel multi-instance task, claimed and completed by a clerk as in Tasklist).
 */
final class RawLifecycle implements LifecycleRun.Lifecycle, AutoCloseable {

    private static final String CLERKS = "clerks";

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final List<String> processKeys;
    private final BenchmarkClock clock;
    private final EngineWork work;
    private final AtomicInteger started = new AtomicInteger();

    private RawLifecycle(HikariDataSource dataSource, ProcessEngine engine, List<String> processKeys,
            BenchmarkClock clock) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.processKeys = processKeys;
        this.clock = clock;
        this.work = new EngineWork(engine,
                task -> Map.of("decision", "APPROVE", "comment", "Checked against the programme's rules."));
    }

    /** A raw engine on the given database, with one process per Safar shape, taken in turn as Safar takes its programmes. */
    static RawLifecycle start(String name, String jdbcUrl, String user, String password, int poolSize,
            List<LifecycleShape> shapes, BenchmarkClock clock) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(poolSize);
        HikariDataSource dataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("raw-" + name);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();

        User clerk = engine.getIdentityService().newUser("clerk");
        engine.getIdentityService().saveUser(clerk);
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(CLERKS));
        engine.getIdentityService().createMembership("clerk", CLERKS);

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("raw baseline")
                .addClasspathResource("benchmark/raw-lead-time.dmn");
        List<String> keys = shapes.stream().map(shape -> "raw" + shape.name()).toList();
        for (int i = 0; i < shapes.size(); i++) {
            deployment.addModelInstance(keys.get(i) + ".bpmn", model(keys.get(i), shapes.get(i)));
        }
        deployment.deploy();
        return new RawLifecycle(dataSource, engine, keys, clock);
    }

    /** The bare BPMN of one shape: per phase its timers, save points, decisions, service steps and user tasks, in turn. */
    static BpmnModelInstance model(String key, LifecycleShape shape) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1825)
                .startEvent();
        for (int phase = 0; phase < shape.phases().size(); phase++) {
            LifecycleShape.Phase counts = shape.phases().get(phase);
            for (long i = 0; i < counts.timersFired(); i++) {
                flow = flow.intermediateCatchEvent().timerWithDate("${phase" + phase + "}");
            }
            for (long i = 0; i < counts.savePoints(); i++) {
                flow = flow.intermediateThrowEvent().camundaAsyncBefore();
            }
            for (long i = 0; i < counts.decisions(); i++) {
                flow = flow.businessRuleTask().camundaDecisionRef("rawLeadTime").camundaResultVariable("leadTimeDays")
                        .camundaMapDecisionResult("singleEntry");
            }
            for (long i = 0; i < counts.serviceSteps(); i++) {
                flow = flow.serviceTask().camundaExpression("${true}");
            }
            long parallelTasks = counts.userTasks();
            if (counts.timersCancelled() > 0 && parallelTasks > 0) {
                // Safar's reminders (e.g. a trip report's due date) are set with a task and cancelled as it
                // completes: here all on one task, which counts as one of the phase's user tasks.
                String watched = "UserTask_Watched" + phase;
                UserTaskBuilder task = flow.userTask(watched).name("Watched work item").camundaCandidateGroups(CLERKS);
                for (long i = 0; i < counts.timersCancelled(); i++) {
                    task = (UserTaskBuilder) task.boundaryEvent().cancelActivity(false).timerWithDuration("P14D")
                            .endEvent().moveToActivity(watched);
                }
                flow = task;
                parallelTasks--;
            }
            if (parallelTasks > 0) {
                flow = flow.userTask().name("Work item").camundaCandidateGroups(CLERKS)
                        .multiInstance().parallel().cardinality(String.valueOf(parallelTasks))
                        .<UserTaskBuilder>multiInstanceDone();
            }
        }
        return flow.endEvent().done();
    }

    @Override
    public String system() {
        return "raw";
    }

    @Override
    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public EngineWork work() {
        return work;
    }

    @Override
    public LifecycleRun.Instance prepare() {
        int number = started.getAndIncrement();
        return new RawInstance(processKeys.get(number % processKeys.size()), "raw-" + number);
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }

    private final class RawInstance implements LifecycleRun.Instance {

        private final String processKey;
        private final String businessKey;
        private String root;

        RawInstance(String processKey, String businessKey) {
            this.processKey = processKey;
            this.businessKey = businessKey;
        }

        @Override
        public void advance(int phase) {
            if (phase == 0) {
                root = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey,
                        Map.of("phase1", clock.timersOf(1), "phase2", clock.timersOf(2), "country", "JP")).getId();
            } else {
                work.runDueJobs(root);
            }
            work.workOpenTasks(businessKey, root);
        }

        @Override
        public void assertFinished() {
            if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(root).completed()
                    .count() != 1) {
                throw new IllegalStateException("Raw instance " + businessKey + " did not complete");
            }
        }
    }
}
