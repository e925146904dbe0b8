package org.safar.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safar.CapturedLog;
import org.safar.delegation.DelegationClosedException;
import org.safar.delegation.Stage;

/**
 * A refusal thrown by a task listener reaches the engine wrapped as ENGINE-03051; with the plugin it
 * is logged as the engine logs an unwrapped refusal (below ERROR), while a listener that breaks is
 * still an ERROR with its stack trace.
 */
class RefusalLoggingProcessTest {

    private static ProcessEngine engine;

    /** What the task's complete listener throws in the test at hand. */
    static Supplier<RuntimeException> onComplete;

    public static class ThrowingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            throw onComplete.get();
        }
    }

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("refusal-logging");
        configuration.setJdbcUrl("jdbc:h2:mem:refusal-logging;DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new RefusalLoggingPlugin());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("refused.bpmn",
                Bpmn.createExecutableProcess("refused").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("work").camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, ThrowingListener.class)
                        .endEvent().done()).deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aListenersRefusalIsNoError() {
        onComplete = () -> new AuthorizationException("bakhtiyor is a member of delegation 1 and may not work on it");
        assertThat(errorsLoggedCompletingTheTask()).isEmpty();
        onComplete = () -> new DelegationClosedException(1L, Stage.CANCELLED);
        assertThat(errorsLoggedCompletingTheTask()).isEmpty();
    }

    @Test
    void aListenerThatBreaksIsStillAnError() {
        onComplete = () -> new IllegalStateException("the budget system does not answer");
        assertThat(errorsLoggedCompletingTheTask()).singleElement().asString()
                .contains("ENGINE-16004").endsWith("the budget system does not answer");
    }

    private static List<String> errorsLoggedCompletingTheTask() {
        engine.getRuntimeService().startProcessInstanceByKey("refused");
        String task = engine.getTaskService().createTaskQuery().list().get(0).getId();
        try (CapturedLog log = CapturedLog.of(CapturedLog.ENGINE_COMMANDS)) {
            assertThatThrownBy(() -> engine.getTaskService().complete(task)).isInstanceOf(ProcessEngineException.class);
            engine.getRuntimeService().deleteProcessInstance(
                    engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId(), "done");
            return log.errors();
        }
    }
}
