package org.safar.delegation;

/** Published inside the transaction that withdraws a member, so that the member's open tasks close. */
public record MemberWithdrawn(Long delegationId, Long memberId) {
}
