package org.safar.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Plays Tasklist's users and the job executor on one engine, the same way for Safar and for the raw
 * engine, so that the two differ only in what the engine runs. A user works a task as Tasklist makes
 * them: claim it unless it is theirs, load the form's variables, submit the form. Only the submit is
 * timed as "a task completion"; the rest counts in the lifecycle's time.
 */
final class EngineWork {

    private final ProcessEngine engine;
    private final Function<Task, Map<String, Object>> formData;
    private final Map<String, String> userOfGroup = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
    private volatile Timings completions = new Timings();

    /** @param formData what the person types into the task's form */
    EngineWork(ProcessEngine engine, Function<Task, Map<String, Object>> formData) {
        this.engine = engine;
        this.formData = formData;
    }

    /** Starts a fresh set of completion timings, for the next measured run. */
    Timings restartTimings() {
        completions = new Timings();
        return completions;
    }

    /**
     * Works every open task of the instance, and the save points each submit leaves, as the job
     * executor would right after it, until no task is left: the instance then waits for a timer or has ended.
     *
     * @return how many tasks were completed
     */
    int workOpenTasks(String businessKey, String rootProcessInstanceId) {
        int completed = 0;
        runSavePoints(rootProcessInstanceId);
        List<Task> open = openTasks(businessKey);
        while (!open.isEmpty()) {
            for (Task task : open) {
                complete(task);
                runSavePoints(rootProcessInstanceId);
                completed++;
            }
            open = openTasks(businessKey);
        }
        return completed;
    }

    /** Runs the instance's jobs that are due at the engine clock's time, save points first, then timers by due date. */
    void runDueJobs(String rootProcessInstanceId) {
        while (true) {
            Job next = engine.getManagementService().createJobQuery().rootProcessInstanceId(rootProcessInstanceId)
                    .executable().list().stream()
                    .min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (next == null) {
                return;
            }
            engine.getManagementService().executeJob(next.getId());
        }
    }

    private void runSavePoints(String rootProcessInstanceId) {
        List<Job> pending = savePoints(rootProcessInstanceId);
        while (!pending.isEmpty()) {
            pending.forEach(job -> engine.getManagementService().executeJob(job.getId()));
            pending = savePoints(rootProcessInstanceId);
        }
    }

    private List<Job> savePoints(String rootProcessInstanceId) {
        return engine.getManagementService().createJobQuery().rootProcessInstanceId(rootProcessInstanceId)
                .messages().executable().list();
    }

    private List<Task> openTasks(String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .orderByTaskCreateTime().asc().list();
    }

    private void complete(Task task) {
        String user = task.getAssignee() != null ? task.getAssignee() : userOfGroup(candidateGroup(task));
        engine.getIdentityService().setAuthentication(user, groupsOfUser(user));
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getFormService().getTaskFormVariables(task.getId(), null, false);
            Map<String, Object> values = formData.apply(task);
            completions.time(() -> engine.getFormService().submitTaskForm(task.getId(), values));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody may work " + task.getName()));
    }

    private String userOfGroup(String group) {
        return userOfGroup.computeIfAbsent(group, g -> engine.getIdentityService().createUserQuery().memberOfGroup(g)
                .orderByUserId().asc().listPage(0, 1).stream().map(User::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No user in group " + g)));
    }

    private List<String> groupsOfUser(String user) {
        return groupsOfUser.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery().groupMember(u)
                .list().stream().map(Group::getId).toList());
    }
}
