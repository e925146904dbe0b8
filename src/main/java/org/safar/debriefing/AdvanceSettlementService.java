package org.safar.debriefing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safar.debriefing.internal.AdvanceSettlement;
import org.safar.debriefing.internal.AdvanceSettlementRepository;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.funding.TripCostEstimator;
import org.safar.web.ApiMessages;
import org.safar.web.NotFoundException;
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
        Delegation delegation = delegations.get(delegationId);
        return costs.advanceUsd(delegations.programmeOf(delegation), delegation.days());
    }

    /**
     * What is left to settle: positive when the member spent more than the advance and the agency
     * pays them the rest, negative when the agency recovers the unspent part.
     */
    public static BigDecimal difference(BigDecimal advanceUsd, BigDecimal actualExpensesUsd) {
        return actualExpensesUsd.subtract(advanceUsd).setScale(2, RoundingMode.HALF_UP);
    }

    /** The members whose advance is settled: those still in the group, one "Settle advance" each. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Records the settlement of one member; nothing is recorded while their expenses are missing or
     * negative. The advance is computed again, never taken from the form. A member withdrawn
     * meanwhile is not settled.
     *
     * @return the settlement, or empty when the member was withdrawn
     */
    public Optional<AdvanceSettlement> settle(Long delegationId, Long memberId, BigDecimal actualExpensesUsd,
            String userId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationMember member = delegation.member(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (!member.isActive()) {
            return Optional.empty();
        }
        String who = delegations.staffOf(member).getFullName();
        new Violations()
                .check(actualExpensesUsd != null, DebriefingVariables.ACTUAL_EXPENSES_USD, "required",
                        ApiMessages.text("settlement.expenses", who))
                .check(actualExpensesUsd == null || actualExpensesUsd.signum() >= 0,
                        DebriefingVariables.ACTUAL_EXPENSES_USD, "notNegative",
                        ApiMessages.text("settlement.negative", who))
                .throwIfAny();

        BigDecimal advance = costs.advanceUsd(delegations.programmeOf(delegation), delegation.days());
        AdvanceSettlement settlement = settlements.findByDelegationIdAndMemberId(delegationId, memberId)
                .orElseGet(() -> new AdvanceSettlement(delegationId, memberId));
        BigDecimal actual = actualExpensesUsd.setScale(2, RoundingMode.HALF_UP);
        settlement.settle(advance, actual, difference(advance, actual), userId, Instant.now(clock));
        return Optional.of(settlements.save(settlement));
    }

    @Transactional(readOnly = true)
    public List<AdvanceSettlement> settlements(Long delegationId) {
        return settlements.findByDelegationIdOrderByMemberId(delegationId);
    }
}
