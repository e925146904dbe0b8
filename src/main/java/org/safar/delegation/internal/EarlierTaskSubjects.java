package org.safar.delegation.internal;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safar.delegation.DelegationVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the subject of the tasks that were already open when Safar began to record them (migration
 * V11), from their executions, so that a database of an earlier version goes on working. Finds nothing
 * to do on every later start. Several nodes may start at once: each insert adds only what is missing.
 */
@Component
class EarlierTaskSubjects {

    private static final Logger log = LoggerFactory.getLogger(EarlierTaskSubjects.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    EarlierTaskSubjects(TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @EventListener
    void onEngineReady(ApplicationReadyEvent event) {
        Set<String> recorded = new HashSet<>(jdbc.queryForList("select task_id from task_subject", String.class));
        int added = 0;
        for (Task task : tasks.createTaskQuery().list()) {
            if (task.getExecutionId() != null && !recorded.contains(task.getId())
                    && runtime.getVariable(task.getExecutionId(), DelegationVariables.DELEGATION_ID)
                            instanceof Long delegationId) {
                Object member = runtime.getVariable(task.getExecutionId(), DelegationVariables.MEMBER_ID);
                added += jdbc.update("""
                        insert into task_subject (task_id, delegation_id, member_id)
                        select ?, ?, ? where not exists (select 1 from task_subject where task_id = ?)""",
                        task.getId(), delegationId, member instanceof Long id ? id : null, task.getId());
            }
        }
        if (added > 0) {
            log.info("Recorded what {} tasks opened before this version are about", added);
        }
    }
}
