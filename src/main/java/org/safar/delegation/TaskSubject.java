package org.safar.delegation;

/**
 * What a user task is about: its delegation, and the member for a task per member (a clearance, a
 * ticket, a check-in, a trip report, a settlement); {@code memberId} is null for the others.
 */
public record TaskSubject(Long delegationId, Long memberId) {

    public Long requireMember() {
        if (memberId == null) {
            throw new IllegalStateException("Task of delegation " + delegationId + " is about no one member");
        }
        return memberId;
    }
}
