package org.safar.delegation;

import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_ASSIGNMENT;
import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE;
import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.springframework.stereotype.Component;

/**
 * Runs on every user task of every Safar process (see {@link DelegationTasksPlugin}): records who
 * has work on the delegation, and keeps anyone who nominated or belongs to it away from the tasks of
 * the deciding groups, whether they claim or complete in Tasklist, over the engine's REST API or
 * through Safar's own API.
 */
@Component
class DelegationTaskGuard {

    private final DelegationService delegations;
    private final DelegationParties parties;
    private final CurrentUser currentUser;

    DelegationTaskGuard(DelegationService delegations, DelegationParties parties, CurrentUser currentUser) {
        this.delegations = delegations;
        this.parties = parties;
        this.currentUser = currentUser;
    }

    void notify(DelegateTask task) {
        if (!(task.getVariable(DelegationVariables.DELEGATION_ID) instanceof Long delegationId)) {
            // "Change a delegation" before its officer has chosen the delegation.
            return;
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                candidateGroups(task).forEach(group -> parties.record(delegationId, DelegationParties.group(group)));
                recordAssignee(task, delegationId);
            }
            case EVENTNAME_ASSIGNMENT -> {
                assertIndependent(task, delegationId, task.getAssignee());
                recordAssignee(task, delegationId);
            }
            // Safar itself completes tasks when a member is withdrawn; only people are checked.
            case EVENTNAME_COMPLETE -> currentUser.id().ifPresent(user -> assertIndependent(task, delegationId, user));
            default -> {
            }
        }
    }

    private void assertIndependent(DelegateTask task, Long delegationId, String userId) {
        if (userId != null && candidateGroups(task).stream().anyMatch(SafarGroups.DECIDING::contains)) {
            ConflictOfInterest.assertIndependent(delegations.get(delegationId), userId,
                    "work on \"" + task.getName() + "\" of");
        }
    }

    private void recordAssignee(DelegateTask task, Long delegationId) {
        if (task.getAssignee() != null) {
            parties.record(delegationId, DelegationParties.user(task.getAssignee()));
        }
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
