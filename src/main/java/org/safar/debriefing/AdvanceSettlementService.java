package org.safar.debriefing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.funding.TripCostEstimator;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Settles each member's cash advance against their actual expenses after the return. */
@Service
@Transactional
public class AdvanceSettlementService {

    private final DelegationService delegations;
    private final TripCostEstimator costs;
    private final AdvanceSettlementRepository settlements;
    private final Clock clock;

    AdvanceSettlementService(DelegationService delegations, TripCostEstimator costs,
            AdvanceSettlementRepository settlements, Clock clock) {
        this.delegations = delegations;
        this.costs = costs;
        this.settlements = settlements;
        this.clock = clock;
    }

    /** The advance every member of the delegation received before departure. */
    @Transactional(readOnly = true)
    public BigDecimal advanceUsd(Long delegationId) {
        return costs.advanceUsd(delegations.get(delegationId).getProgramme());
    }

    /**
     * What is left to settle: positive when the member spent more than the advance and the agency
     * pays them the rest, negative when the agency recovers the unspent part.
     */
    public static BigDecimal difference(BigDecimal advanceUsd, BigDecimal actualExpensesUsd) {
        return actualExpensesUsd.subtract(advanceUsd).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Records the settlement of every member still in the group at once; nothing is recorded while
     * a member's expenses are missing or negative. The advance is computed again, never taken from
     * the form. A row of a member withdrawn since the form was filled is left out.
     */
    public List<AdvanceSettlement> settle(Long delegationId, List<ExpenseEntry> submitted, String userId) {
        Delegation delegation = delegations.get(delegationId);
        List<ExpenseEntry> entries = submitted.stream()
                .filter(e -> e.memberId() == null || delegation.member(e.memberId()).map(DelegationMember::isActive)
                        .orElse(true))
                .toList();
        Violations violations = new Violations();
        Set<Long> seen = new HashSet<>();
        for (ExpenseEntry entry : entries) {
            boolean member = entry.memberId() != null
                    && delegation.member(entry.memberId()).filter(DelegationMember::isActive).isPresent();
            violations.check(member, entry.path() + ".memberId", "member",
                    "Row " + entry.path() + " is not for a member of the delegation");
            violations.check(!member || seen.add(entry.memberId()), entry.path() + ".memberId", "once",
                    "Row " + entry.path() + " settles a member a second time");
            String who = member ? delegation.member(entry.memberId()).orElseThrow().getStaff().getFullName()
                    : entry.path();
            violations.check(entry.actualExpensesUsd() != null, entry.path() + ".actualExpensesUsd", "required",
                    "Give the actual expenses of " + who);
            violations.check(entry.actualExpensesUsd() == null || entry.actualExpensesUsd().signum() >= 0,
                    entry.path() + ".actualExpensesUsd", "notNegative", "The expenses of " + who
                            + " cannot be negative");
        }
        List<String> missing = delegation.getActiveMembers().stream().filter(m -> !seen.contains(m.getId()))
                .map(m -> m.getStaff().getFullName()).toList();
        violations.check(missing.isEmpty(), DebriefingVariables.EXPENSES, "everyMember",
                "Settle the advance of every member; missing: " + String.join(", ", missing));
        violations.throwIfAny();

        BigDecimal advance = costs.advanceUsd(delegation.getProgramme());
        Instant now = Instant.now(clock);
        List<AdvanceSettlement> settled = new ArrayList<>();
        for (ExpenseEntry entry : entries) {
            AdvanceSettlement settlement = settlements.findByDelegationIdAndMemberId(delegationId, entry.memberId())
                    .orElseGet(() -> new AdvanceSettlement(delegationId, entry.memberId()));
            BigDecimal actual = entry.actualExpensesUsd().setScale(2, RoundingMode.HALF_UP);
            settlement.settle(advance, actual, difference(advance, actual), userId, now);
            settled.add(settlements.save(settlement));
        }
        return settled;
    }

    @Transactional(readOnly = true)
    public List<AdvanceSettlement> settlements(Long delegationId) {
        return settlements.findByDelegationIdOrderByMemberId(delegationId);
    }
}
