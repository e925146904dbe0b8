package org.safar.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationDecided;
import org.safar.delegation.DelegationDecided.Decision;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.funding.internal.BudgetReservation;
import org.safar.funding.internal.BudgetReservationRepository;
import org.safar.funding.internal.DelegationFunding;
import org.safar.funding.internal.DelegationFundingRepository;
import org.safar.i18n.GeneratedTexts;
import org.safar.i18n.GeneratedTexts.Amount;
import org.safar.programme.Programme;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding stage: prices a delegation, reserves its own-budget cost on a budget line, and records
 * how finance resolved a shortfall and whether it approved.
 */
@Service
@Transactional
public class FundingService {

    private static final Logger log = LoggerFactory.getLogger(FundingService.class);

    private final DelegationService delegations;
    private final TripCostEstimator costs;
    private final DelegationFundingRepository fundings;
    private final BudgetLineRepository lines;
    private final BudgetReservationRepository reservations;
    private final BudgetLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingService(DelegationService delegations, TripCostEstimator costs, DelegationFundingRepository fundings,
            BudgetLineRepository lines, BudgetReservationRepository reservations, BudgetLedger ledger,
            ApplicationEventPublisher events, Clock clock) {
        this.delegations = delegations;
        this.costs = costs;
        this.fundings = fundings;
        this.lines = lines;
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Prices the stay of every active member with {@code per-diem.dmn} and keeps the estimate on record. */
    public DelegationFunding estimate(Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        TripCostEstimator.StayCost stay = costs.stayCost(delegations.programmeOf(delegation), delegation.days());
        DelegationFunding funding = fundings.findByDelegationId(delegationId)
                .orElseGet(() -> new DelegationFunding(delegationId));
        funding.priced(stay, delegation.getActiveMembers().stream()
                .map(member -> new MemberCost(member.getId(), delegations.staffOf(member).getFullName(), stay))
                .toList(), Instant.now(clock));
        return fundings.save(funding);
    }

    /**
     * Reserves the delegation's own-budget cost: on the line finance chose, or else on the own-budget
     * line of the year the delegation leaves that has the most left. A cost of zero reserves nothing.
     * Reserving again what the delegation already holds (a job run twice, an operator's retry) keeps
     * that reservation; any other reservation it still held is given back first, so that it holds one
     * at most.
     *
     * @return false if the line falls short; why is recorded on the funding for finance
     */
    public boolean reserve(Long delegationId) {
        DelegationFunding funding = get(delegationId);
        BigDecimal amount = funding.getOwnBudgetTotal();
        int year = delegations.get(delegationId).getDepartureDate().getYear();
        Optional<BudgetReservation> held = reservations.findByHeldFor(delegationId);
        if (held.isPresent() && isTheReservationFor(held.get(), amount, funding.getChosenLineId(), year)) {
            log.info("Delegation {} already holds {} on {}: reserving again changes nothing", delegationId,
                    Usd.format(amount), held.get().getLine().getCode());
            funding.covered();
            return true;
        }
        ledger.releaseHeld(delegationId, ReleaseCause.REPLACED);
        if (amount.signum() == 0) {
            funding.covered();
            return true;
        }
        Optional<BudgetLine> line = funding.getChosenLineId() != null ? lines.findById(funding.getChosenLineId())
                : lines.findByFundingSourceAndYear(Programme.OWN_BUDGET, year).stream()
                        .max(Comparator.comparing(BudgetLine::available));
        if (line.isEmpty()) {
            funding.fellShort(GeneratedTexts.phrase("shortfall.noLine", String.valueOf(year), usd(amount)));
            return false;
        }
        if (ledger.reserve(line.get(), delegationId, amount).isEmpty()) {
            funding.fellShort(GeneratedTexts.phrase("shortfall.lineShort", line.get().getCode(), line.get().getName(),
                    usd(line.get().available()), usd(amount)));
            return false;
        }
        funding.covered();
        return true;
    }

    /**
     * Gives back whatever the delegation still holds; calling it again changes nothing.
     *
     * @return how many reservations this call released
     */
    public int release(Long delegationId, ReleaseCause cause) {
        return ledger.releaseHeld(delegationId, cause);
    }

    /** Applies finance's answer to a shortfall, so that the stage can reserve again or end. */
    public ShortfallResolution resolveShortfall(Long delegationId, String resolution, String otherLine,
            List<String> membersToWithdraw, String withdrawalReason, String refusalReason, String by) {
        DelegationFunding funding = get(delegationId);
        ShortfallResolution chosen = parse(resolution);
        switch (chosen) {
            case OTHER_LINE -> funding.chooseLine(lineWithEnoughLeft(otherLine, funding.getOwnBudgetTotal()).getId());
            case REDUCE -> withdraw(delegationId, membersToWithdraw, withdrawalReason, by);
            case REFUSE -> refuse(funding, required(refusalReason, FundingVariables.REFUSAL_REASON,
                    "funding.refusalReason"), by);
        }
        return chosen;
    }

    /**
     * Records finance's decision on the funding.
     *
     * @return whether it was approved
     */
    public boolean decide(Long delegationId, String decision, String reason, String by) {
        DelegationFunding funding = get(delegationId);
        boolean approved = switch (decision == null ? "" : decision) {
            case FundingVariables.APPROVE -> true;
            case FundingVariables.REFUSE -> false;
            default -> throw new InvalidRequestException(FundingVariables.FUNDING_DECISION, "required",
                    ApiMessages.text("funding.decision"));
        };
        if (approved) {
            funding.decide(true, by, blankToNull(reason), Instant.now(clock));
        } else {
            refuse(funding, required(reason, FundingVariables.FUNDING_REFUSAL_REASON, "funding.refusalReason"), by);
        }
        return approved;
    }

    private void refuse(DelegationFunding funding, String reason, String by) {
        funding.decide(false, by, reason, Instant.now(clock));
        events.publishEvent(new DelegationDecided(funding.getDelegationId(), Decision.REFUSED, reason, by));
    }

    @Transactional(readOnly = true)
    public DelegationFunding get(Long delegationId) {
        return fundings.findByDelegationId(delegationId)
                .orElseThrow(() -> new NotFoundException("funding", delegationId));
    }

    /** The delegation's latest reservation, held or released; empty if nothing was ever reserved. */
    @Transactional(readOnly = true)
    public Optional<BudgetReservation> latestReservation(Long delegationId) {
        return reservations.findFirstByDelegationIdOrderByIdDesc(delegationId);
    }

    /** Whether a held reservation is the one this reservation would make: same amount, on the line it would choose. */
    private static boolean isTheReservationFor(BudgetReservation held, BigDecimal amount, Long chosenLineId, int year) {
        BudgetLine line = held.getLine();
        boolean onTheLine = chosenLineId != null ? line.getId().equals(chosenLineId)
                : Programme.OWN_BUDGET.equals(line.getFundingSource()) && line.getYear() == year;
        return onTheLine && held.getAmount().compareTo(amount) == 0;
    }

    private BudgetLine lineWithEnoughLeft(String lineId, BigDecimal amount) {
        BudgetLine line = parseId(lineId, FundingVariables.OTHER_BUDGET_LINE, "funding.chooseLine")
                .flatMap(lines::findById)
                .orElseThrow(() -> new InvalidRequestException(FundingVariables.OTHER_BUDGET_LINE, "required",
                        ApiMessages.text("funding.chooseLine")));
        if (line.available().compareTo(amount) < 0) {
            Locale language = ApiMessages.language();
            throw new InvalidRequestException(FundingVariables.OTHER_BUDGET_LINE, "enoughLeft", ApiMessages.text(
                    "funding.notEnoughLeft", line.getCode(), Usd.format(line.available(), language),
                    Usd.format(amount, language)));
        }
        return line;
    }

    private void withdraw(Long delegationId, List<String> memberIds, String reason, String by) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new InvalidRequestException(FundingVariables.MEMBERS_TO_WITHDRAW, "required",
                    ApiMessages.text("funding.chooseMembers"));
        }
        String why = required(reason, FundingVariables.WITHDRAWAL_REASON, "funding.withdrawalReason");
        Delegation delegation = delegations.get(delegationId);
        for (String memberId : memberIds) {
            Long id = parseId(memberId, FundingVariables.MEMBERS_TO_WITHDRAW, "funding.chooseMembersOfDelegation")
                    .filter(candidate -> delegation.member(candidate).filter(DelegationMember::isActive).isPresent())
                    .orElseThrow(() -> new InvalidRequestException(FundingVariables.MEMBERS_TO_WITHDRAW, "reference",
                            ApiMessages.text("funding.notAnActiveMember", memberId)));
            delegations.withdrawMember(delegationId, id, why, by);
        }
    }

    private static ShortfallResolution parse(String resolution) {
        try {
            return ShortfallResolution.valueOf(resolution == null ? "" : resolution);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(FundingVariables.RESOLUTION, "required",
                    ApiMessages.text("funding.resolution"));
        }
    }

    /** @param message the key of what to do instead, after the value that is no id */
    private static Optional<Long> parseId(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "reference",
                    ApiMessages.text("funding.notAnId", value, ApiMessages.text(message)));
        }
    }

    /** @param message the key of what to do when the text is missing */
    private static String required(String text, String field, String message) {
        String value = blankToNull(text);
        if (value == null) {
            throw new InvalidRequestException(field, "required", ApiMessages.text(message));
        }
        return value;
    }

    private static Amount usd(BigDecimal amount) {
        return new Amount(amount, Usd.CURRENCY);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
