package org.safar.funding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Who is working a funding task: the logged-in user, or the assignee when the engine acts without one. */
@Component
class FundingTaskActor {

    private final CurrentUser currentUser;

    FundingTaskActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String of(DelegateTask task) {
        return currentUser.id().orElse(task.getAssignee());
    }
}
