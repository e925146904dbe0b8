package org.safar.travel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.programme.ProgrammeKind;
import org.safar.travel.internal.CheckIn;
import org.safar.travel.internal.CheckInRepository;
import org.safar.travel.internal.TravelTicket;
import org.safar.travel.internal.TravelTicketRepository;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records how the members travel and how the interns are doing abroad. */
@Service
@Transactional
public class TravelService {

    private final DelegationService delegations;
    private final TravelTicketRepository tickets;
    private final CheckInRepository checkIns;
    private final Clock clock;

    TravelService(DelegationService delegations, TravelTicketRepository tickets, CheckInRepository checkIns,
            Clock clock) {
        this.delegations = delegations;
        this.tickets = tickets;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** Only a long internship keeps people abroad long enough for monthly check-ins. */
    @Transactional(readOnly = true)
    public boolean needsMonthlyCheckIns(Long delegationId) {
        return delegations.programmeOf(delegations.get(delegationId)).getKind() == ProgrammeKind.LONG_INTERNSHIP;
    }

    /** The members who check in this month: those still in the group, one "Monthly check-in" each. */
    @Transactional(readOnly = true)
    public List<Long> internIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The members who travel: those still in the group, one "Record ticket and visa" each. */
    @Transactional(readOnly = true)
    public List<Long> travellerIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Records how one member travels: the flight, the ticket number and a visa number or that no visa
     * is required. Nothing is recorded while one of them is missing; a member withdrawn meanwhile no
     * longer travels and gets nothing recorded.
     *
     * @return the ticket, or empty when the member was withdrawn
     */
    public Optional<TravelTicket> recordTicket(Long delegationId, Long memberId, String flight, String ticketNumber,
            String visa, String visaNumber, String userId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationMember member = delegation.member(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (!member.isActive()) {
            return Optional.empty();
        }
        String who = delegations.staffOf(member).getFullName();
        boolean issued = TravelVariables.VISA_ISSUED.equals(visa);
        new Violations()
                .check(!isBlank(flight), TravelVariables.FLIGHT, "required", ApiMessages.text("travel.flight", who))
                .check(!isBlank(ticketNumber), TravelVariables.TICKET_NUMBER, "required",
                        ApiMessages.text("travel.ticketNumber", who))
                .check(issued || TravelVariables.VISA_NOT_REQUIRED.equals(visa), TravelVariables.VISA, "required",
                        ApiMessages.text("travel.visa", who))
                .check(!issued || !isBlank(visaNumber), TravelVariables.VISA_NUMBER, "requiredWithVisa",
                        ApiMessages.text("travel.visaNumber", who))
                .throwIfAny();
        TravelTicket ticket = tickets.findByDelegationIdAndMemberId(delegationId, memberId)
                .orElseGet(() -> new TravelTicket(delegationId, memberId));
        ticket.book(flight.strip(), ticketNumber.strip(), issued ? visaNumber.strip() : null, userId,
                Instant.now(clock));
        return Optional.of(tickets.save(ticket));
    }

    /** Records a check-in; a member withdrawn meanwhile has nothing to report any more. */
    public void recordCheckIn(Long delegationId, Long memberId, String wellbeing, String progress, String issues,
            String userId) {
        Delegation delegation = delegations.get(delegationId);
        if (delegation.member(memberId).filter(DelegationMember::isActive).isEmpty()) {
            return;
        }
        Wellbeing state = wellbeing(wellbeing);
        if (progress == null || progress.isBlank()) {
            throw new InvalidRequestException(TravelVariables.PROGRESS, "required",
                    ApiMessages.text("travel.progress"));
        }
        if (state == Wellbeing.NEEDS_HELP && (issues == null || issues.isBlank())) {
            throw new InvalidRequestException(TravelVariables.ISSUES, "requiredWhenHelpNeeded",
                    ApiMessages.text("travel.issues"));
        }
        checkIns.save(new CheckIn(delegationId, memberId, state, progress.strip(),
                issues == null || issues.isBlank() ? null : issues.strip(), userId, Instant.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<TravelTicket> tickets(Long delegationId) {
        return tickets.findByDelegationIdOrderByMemberId(delegationId);
    }

    @Transactional(readOnly = true)
    public List<CheckIn> checkIns(Long delegationId) {
        return checkIns.findByDelegationIdOrderByRecordedAt(delegationId);
    }

    private static Wellbeing wellbeing(String value) {
        try {
            return Wellbeing.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(TravelVariables.WELLBEING, "required",
                    ApiMessages.text("travel.wellbeing"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
