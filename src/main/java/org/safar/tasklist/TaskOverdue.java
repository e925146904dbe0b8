package org.safar.tasklist;

/**
 * Published when one of the lifecycle's reminder timers finds a task past its due date, so that the
 * people it is for can be reminded.
 */
public record TaskOverdue(String taskId) {
}
