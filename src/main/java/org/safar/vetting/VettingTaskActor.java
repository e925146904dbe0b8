package org.safar.vetting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Who is working a vetting task: the logged-in user, or the assignee when the engine acts without one. */
@Component
class VettingTaskActor {

    private final CurrentUser currentUser;

    VettingTaskActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String of(DelegateTask task) {
        return currentUser.id().orElse(task.getAssignee());
    }
}
