package org.safar.delegation;

import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_ASSIGNMENT;
import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE;
import static org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.safar.delegation.internal.DelegationParties;
import org.safar.delegation.internal.DepartureForSorting;
import org.safar.i18n.GeneratedTexts;
import org.safar.i18n.Language;
import org.safar.i18n.TasklistNames;
import org.safar.i18n.UserLanguages;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.springframework.stereotype.Component;

/**
 * Runs on every user task of every Safar process (org.safar.engine.DelegationTasksPlugin adds it),
 * whichever client works it — Tasklist, the engine's REST API or Safar's own API:
 * <ul>
 * <li>records what the task is about ({@link TaskSubjects}) and who has work on the delegation, and puts the
 *     delegation's departure where Tasklist sorts by it (DepartureForSorting);</li>
 * <li>assignment follows the groups: a person gives a task only to a member of one of its candidate
 *     groups, and a task made out to one person (their trip report, their check-in) stays theirs: only
 *     an administrator gives it to someone else, and nobody leaves it without an assignee;</li>
 * <li>a task is completed only by a member of its candidate groups, or by its assignee when it has none;</li>
 * <li>nobody who nominated or belongs to the delegation takes or completes a task of a deciding group.</li>
 * </ul>
 * What Safar itself does (no user is calling: jobs, the models' own assignees) is not checked.
 */
@Component
public class DelegationTaskGuard {

    /** {@link Task#getTaskState()} of a task changed after it was created, e.g. claimed or given to someone. */
    private static final String UPDATED = "Updated";

    private final DelegationService delegations;
    private final DelegationParties parties;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final UserLanguages languages;
    private final TasklistNames names;
    private final DepartureForSorting departures;
    private final GeneratedTexts texts;

    DelegationTaskGuard(DelegationService delegations, DelegationParties parties, TaskSubjects subjects,
            CurrentUser currentUser, IdentityService identity, UserLanguages languages, TasklistNames names,
            DepartureForSorting departures, GeneratedTexts texts) {
        this.delegations = delegations;
        this.departures = departures;
        this.texts = texts;
        this.parties = parties;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.identity = identity;
        this.languages = languages;
        this.names = names;
    }

    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> subjects.record(task).ifPresent(subject -> {
                candidateGroups(task).forEach(group ->
                        parties.record(subject.delegationId(), DelegationParties.group(group)));
                recordAssignee(task, subject.delegationId());
                departures.show(task.getExecution(), delegations.get(subject.delegationId()).getDepartureDate());
            });
            case EVENTNAME_ASSIGNMENT -> {
                Optional<TaskSubject> subject = subjects.find(task.getId());
                if (isChangedByPerson(task)) {
                    if (task.getAssignee() == null) {
                        assertMayBeUnassigned(task);
                    } else {
                        assertMayBeGivenTo(task, task.getAssignee());
                        subject.ifPresent(s -> assertIndependent(task, s.delegationId(), task.getAssignee()));
                    }
                }
                subject.ifPresent(s -> recordAssignee(task, s.delegationId()));
            }
            case EVENTNAME_COMPLETE -> currentUser.id().ifPresent(user -> {
                assertMayComplete(task, user);
                subjects.find(task.getId()).ifPresent(s -> assertIndependent(task, s.delegationId(), user));
            });
            default -> {
            }
        }
    }

    /**
     * A person, not the model, changed the assignee: the task existed before this command (a task being
     * created gets its model's assignee in the state "Created"), and someone is logged in.
     */
    private boolean isChangedByPerson(DelegateTask task) {
        return task instanceof Task t && UPDATED.equals(t.getTaskState()) && currentUser.id().isPresent();
    }

    /**
     * A task made out to one person is in no group's list: without its assignee nobody but an
     * administrator would find it again, so nobody (the administrator included, who gives it to someone
     * instead) takes it off them. Refused rather than handed to a group: a candidate group could then
     * complete the person's own report.
     */
    private void assertMayBeUnassigned(DelegateTask task) {
        if (candidateGroups(task).isEmpty()) {
            throw new AuthorizationException(message(task, "ownTask.unassign"));
        }
    }

    private void assertMayBeGivenTo(DelegateTask task, String assignee) {
        List<String> groups = candidateGroups(task);
        if (groups.isEmpty()) {
            if (!currentUser.isMemberOf(SafarGroups.ADMINS)) {
                throw new AuthorizationException(message(task, "ownTask.handOn", assignee));
            }
        } else if (currentUser.asSafar(() -> identity.createGroupQuery().groupMember(assignee)
                .groupIdIn(groups.toArray(String[]::new)).count()) == 0) {
            throw new AuthorizationException(message(task, "assign.notInGroup", groupNames(groups), assignee));
        }
    }

    private void assertMayComplete(DelegateTask task, String user) {
        List<String> groups = candidateGroups(task);
        boolean may = groups.isEmpty()
                ? user.equals(task.getAssignee())
                : currentUser.groups().stream().anyMatch(groups::contains);
        if (!may) {
            throw new AuthorizationException(groups.isEmpty()
                    ? message(task, "complete.notYours", user, task.getAssignee())
                    : message(task, "complete.notYourGroup", user, groupNames(groups)));
        }
    }

    private void assertIndependent(DelegateTask task, Long delegationId, String userId) {
        if (userId != null && candidateGroups(task).stream().anyMatch(SafarGroups.DECIDING::contains)) {
            Language language = languages.of(currentUser.id().orElse(userId));
            delegations.assertIndependent(delegationId, userId, language.locale(), "task",
                    names.taskName(task.getTaskDefinitionKey(), task.getName(), language));
        }
    }

    private void recordAssignee(DelegateTask task, Long delegationId) {
        if (task.getAssignee() != null) {
            parties.record(delegationId, DelegationParties.user(task.getAssignee()));
        }
    }

    /** The groups as Tasklist names them, in the language of the person who is refused: "a / b". */
    private String groupNames(List<String> groups) {
        Language language = languages.of(currentUser.id().orElseThrow());
        return String.join(" / ", groups.stream().map(id -> texts.group(id, language)).toList());
    }

    /**
     * A refusal about the task, named as Tasklist names it, in the caller's language: the one Tasklist
     * keeps for them, whichever client they call from.
     */
    private String message(DelegateTask task, String key, Object... more) {
        Language language = languages.of(currentUser.id().orElseThrow());
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = names.taskName(task.getTaskDefinitionKey(), task.getName(), language);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return ApiMessages.text(language.locale(), key, arguments);
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
