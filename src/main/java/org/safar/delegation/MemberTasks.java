package org.safar.delegation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.staff.StaffMember;
import org.safar.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works a task that belongs to one member (a check-in, a trip report): the member themselves
 * when they have a Safar account; otherwise the officers, who record it on the member's behalf and
 * find the member's name in the task's name.
 */
@Component
public class MemberTasks {

    private final DelegationService delegations;
    private final CurrentUser currentUser;

    MemberTasks(DelegationService delegations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.currentUser = currentUser;
    }

    /** The member's user id, or null when they have no account. */
    @Transactional(readOnly = true)
    public String assignee(Long delegationId, Long memberId) {
        return staff(delegationId, memberId).getUsername();
    }

    @Transactional(readOnly = true)
    public List<String> candidateGroups(Long delegationId, Long memberId) {
        return staff(delegationId, memberId).getUsername() == null ? List.of(SafarGroups.OFFICERS) : List.of();
    }

    /** Adds the member's name to the task when it is not theirs to work, e.g. "Monthly check-in: Jasur Tursunov". */
    @Transactional(readOnly = true)
    public void nameForOthers(DelegateTask task, Long delegationId, Long memberId) {
        StaffMember staff = staff(delegationId, memberId);
        if (staff.getUsername() == null) {
            task.setName(task.getName() + ": " + staff.getFullName());
        }
    }

    /** Names the task after the member, for the tasks that others work about them. */
    @Transactional(readOnly = true)
    public void nameAfterMember(DelegateTask task, Long delegationId, Long memberId) {
        task.setName(task.getName() + ": " + staff(delegationId, memberId).getFullName());
    }

    /** Who is working the task: the logged-in user, or the assignee when the engine acts without one. */
    public String actor(DelegateTask task) {
        return currentUser.actorOf(task);
    }

    private StaffMember staff(Long delegationId, Long memberId) {
        return delegations.staffOf(member(delegationId, memberId));
    }

    private DelegationMember member(Long delegationId, Long memberId) {
        return delegations.get(delegationId).member(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }
}
