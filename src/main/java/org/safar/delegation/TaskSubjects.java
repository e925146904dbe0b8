package org.safar.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one answer to "which delegation, and which member, is this task about": Safar's record, made when
 * the engine creates the task ({@link DelegationTaskGuard}), in table {@code task_subject}.
 *
 * <p>Never a variable read off the task. {@code getVariable} prefers a value local to the task, and
 * anyone who may work a task can put one there; a task that read its delegation that way showed and
 * decided whatever delegation its worker named. At creation the task holds nothing yet: the ids come
 * from the execution, where only Safar writes them (the lifecycle's start, and the multi-instance
 * element variable {@value DelegationVariables#MEMBER_ID} of a per-member task). Written with plain SQL
 * on the engine's transaction, so a task rolled back leaves no record behind.
 */
@Component
public class TaskSubjects {

    private final JdbcTemplate jdbc;

    TaskSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject of a task Safar recorded; a task that is about no delegation fails here. */
    public TaskSubject of(DelegateTask task) {
        return find(task.getId()).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getId() + " (" + task.getName() + ") is about no delegation"));
    }

    public Optional<TaskSubject> find(String taskId) {
        return jdbc.query("select delegation_id, member_id from task_subject where task_id = ?",
                (row, n) -> subject(row), taskId)
                .stream().findFirst();
    }

    /** The subjects of those of the tasks that Safar recorded one for, by task id. */
    public Map<String, TaskSubject> findAll(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, TaskSubject> found = new HashMap<>();
        jdbc.query("select task_id, delegation_id, member_id from task_subject where task_id in ("
                        + String.join(", ", Collections.nCopies(taskIds.size(), "?")) + ")",
                row -> {
                    found.put(row.getString("task_id"), subject(row));
                }, taskIds.toArray());
        return found;
    }

    private static TaskSubject subject(ResultSet row) throws SQLException {
        return new TaskSubject(row.getLong("delegation_id"), (Long) row.getObject("member_id", Long.class));
    }

    /** The tasks, open or ended, that were created about one member of a delegation. */
    public List<String> tasksOfMember(Long delegationId, Long memberId) {
        return jdbc.queryForList("select task_id from task_subject where delegation_id = ? and member_id = ?",
                String.class, delegationId, memberId);
    }

    /**
     * Records what a task being created is about, from its execution. A task of a process that drives no
     * delegation yet ("Change a delegation" before the officer chose one) is about nothing.
     */
    Optional<TaskSubject> record(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null
                || !(execution.getVariable(DelegationVariables.DELEGATION_ID) instanceof Long delegationId)) {
            return Optional.empty();
        }
        Long memberId = execution.getVariable(DelegationVariables.MEMBER_ID) instanceof Long id ? id : null;
        jdbc.update("insert into task_subject (task_id, delegation_id, member_id) values (?, ?, ?)",
                task.getId(), delegationId, memberId);
        return Optional.of(new TaskSubject(delegationId, memberId));
    }
}
