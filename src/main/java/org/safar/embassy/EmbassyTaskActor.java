package org.safar.embassy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Who is working an embassy task: the logged-in user, or the assignee when the engine acts without one. */
@Component
class EmbassyTaskActor {

    private final CurrentUser currentUser;

    EmbassyTaskActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String of(DelegateTask task) {
        return currentUser.id().orElse(task.getAssignee());
    }
}
