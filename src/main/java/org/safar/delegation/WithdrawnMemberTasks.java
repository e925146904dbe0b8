package org.safar.delegation;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safar.identity.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes the tasks that a withdrawn member leaves behind (a clearance, a check-in, a trip report):
 * every per-member task carries the member's id in the variable {@value #MEMBER_ID}. The listeners of
 * those tasks record nothing for a member who is no longer in the group.
 */
@Component
class WithdrawnMemberTasks {

    static final String MEMBER_ID = "memberId";

    private final TaskService tasks;
    private final CurrentUser currentUser;

    WithdrawnMemberTasks(TaskService tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @EventListener
    void close(MemberWithdrawn event) {
        currentUser.asSafar(() -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(event.delegationId().toString())
                    .list()) {
                if (event.memberId().equals(tasks.getVariable(task.getId(), MEMBER_ID))) {
                    tasks.complete(task.getId());
                }
            }
            return null;
        });
    }
}
