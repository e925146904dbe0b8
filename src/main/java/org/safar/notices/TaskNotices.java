package org.safar.notices;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.TaskSubjects;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.TaskOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people of their tasks: when a task is created for them or their group, or given to them by
 * someone else, and when it reaches its due date.
 *
 * <p>A new task is written to the outbox in the engine's transaction that creates it (the engine hands
 * every task event to Spring after the task's own listeners have named it and set its due date). A
 * due date is noticed by a sweep over the open tasks, and at once when one of the lifecycle's reminder
 * timers finds a task overdue; both write the same notice key, so the person hears of it once.
 */
@Component
@ConditionalOnProperty(name = NoticesConfiguration.ENABLED, havingValue = "true")
class TaskNotices {

    private static final Logger log = LoggerFactory.getLogger(TaskNotices.class);

    private final Recipients recipients;
    private final NoticeTexts texts;
    private final NoticeOutbox outbox;
    private final NoticeRepository notices;
    private final TaskService tasks;
    private final DelegationService delegations;
    private final TaskSubjects subjects;
    private final CurrentUser currentUser;
    private final TransactionTemplate ownTransaction;
    private final EngineClock clock;

    TaskNotices(Recipients recipients, NoticeTexts texts, NoticeOutbox outbox, NoticeRepository notices,
            TaskService tasks, DelegationService delegations, TaskSubjects subjects, CurrentUser currentUser,
            PlatformTransactionManager transactions, EngineClock clock) {
        this.recipients = recipients;
        this.texts = texts;
        this.outbox = outbox;
        this.notices = notices;
        this.tasks = tasks;
        this.delegations = delegations;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * A task is created or assigned, inside the engine's transaction. A notice that cannot be written
     * is logged and left out: the person's work on the task goes on.
     */
    @EventListener
    void on(DelegateTask task) {
        try {
            switch (task.getEventName()) {
                case TaskListener.EVENTNAME_CREATE -> told(task, task.getAssignee(), task.getCandidates());
                case TaskListener.EVENTNAME_ASSIGNMENT -> {
                    if (task.getAssignee() != null) {
                        told(task, task.getAssignee(), List.of());
                    }
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            log.error("No notice of task {} ({}) could be written", task.getId(), task.getName(), e);
        }
    }

    /**
     * Nobody is told of a task that their own action just gave them, such as a task they claimed; one
     * person hears of one task once, however often it comes back to them.
     */
    private void told(DelegateTask task, String assignee, Collection<? extends IdentityLink> candidates) {
        String actor = currentUser.id().orElse(null);
        Delegation delegation = delegationOf(task.getId());
        for (Recipient to : recipients.ofTask(assignee, candidates)) {
            if (!to.userId().equals(actor)) {
                outbox.write("task:" + task.getId(), to, texts.taskCreated(to, task.getId(), task.getTaskDefinitionKey(), task.getName(), delegation,
                        task.getDueDate(), assignee == null));
            }
        }
    }

    /** A reminder timer of the lifecycle found the task overdue; the reminder goes out once that is committed. */
    @TransactionalEventListener
    void on(TaskOverdue overdue) {
        remindOfDueDate(overdue.taskId());
    }

    /**
     * Reminds the people of every open task whose due date has passed by the engine's clock, each task
     * once per due date. Runs on every node; the notice key lets only one of them write it.
     *
     * @return how many reminders were written
     */
    @Scheduled(initialDelayString = "${safar.notices.due-sweep:PT5M}",
            fixedDelayString = "${safar.notices.due-sweep:PT5M}")
    int sweepDueTasks() {
        Date now = clock.now();
        List<String> due = currentUser.asSafar(() -> tasks.createTaskQuery().dueBefore(now).list()).stream()
                .map(Task::getId).toList();
        return due.stream().mapToInt(this::remindOfDueDate).sum();
    }

    private int remindOfDueDate(String taskId) {
        try {
            Integer written = ownTransaction.execute(status -> currentUser.asSafar(() -> writeDueNotices(taskId)));
            return written == null ? 0 : written;
        } catch (DataIntegrityViolationException writtenMeanwhile) {
            log.debug("Due-date notice of task {} was written by another node", taskId);
            return 0;
        } catch (RuntimeException e) {
            // A task completed on another node while this one looked at it needs no reminder (the engine
            // fails on the variables of its ended execution). Whatever else fails, the sweep goes on.
            if (currentUser.asSafar(() -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
                log.debug("Task {} ended before its due-date notice was written", taskId);
            } else {
                log.error("No due-date notice of task {} could be written", taskId, e);
            }
            return 0;
        }
    }

    private int writeDueNotices(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getDueDate() == null) {
            return 0;
        }
        String key = "task-due:" + taskId + ":" + task.getDueDate().getTime();
        if (notices.existsByEventKey(key)) {
            return 0;
        }
        Delegation delegation = delegationOf(taskId);
        Date due = task.getDueDate();
        int written = 0;
        for (Recipient to : recipients.ofTask(task.getAssignee(), tasks.getIdentityLinksForTask(taskId))) {
            written += outbox.write(key, to, texts.taskDue(to, taskId, task.getTaskDefinitionKey(), task.getName(), delegation, due)) ? 1 : 0;
        }
        return written;
    }

    /** The delegation a task is about; a task about none has none. */
    private Delegation delegationOf(String taskId) {
        return subjects.find(taskId).map(subject -> delegations.get(subject.delegationId())).orElse(null);
    }
}
