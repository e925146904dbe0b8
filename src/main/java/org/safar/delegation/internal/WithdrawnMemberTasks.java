package org.safar.delegation.internal;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.safar.delegation.MemberWithdrawn;
import org.safar.delegation.TaskSubjects;
import org.safar.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the tasks that a withdrawn member leaves behind (a clearance, a check-in, a trip report), as
 * {@link TaskSubjects} recorded them. The listeners of those tasks record nothing for a member who is
 * no longer in the group.
 */
@Component
class WithdrawnMemberTasks {

    private final TaskService tasks;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;

    WithdrawnMemberTasks(TaskService tasks, TaskSubjects subjects, CurrentUser currentUser) {
        this.tasks = tasks;
        this.subjects = subjects;
        this.currentUser = currentUser;
    }

    @EventListener
    void close(MemberWithdrawn event) {
        currentUser.asSafar(() -> {
            List<String> ofMember = subjects.tasksOfMember(event.delegationId(), event.memberId());
            if (!ofMember.isEmpty()) {
                tasks.createTaskQuery().taskIdIn(ofMember.toArray(String[]::new)).list()
                        .forEach(task -> tasks.complete(task.getId()));
            }
            return null;
        });
    }
}
