package org.safar.travel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.programme.ProgrammeKind;
import org.safar.web.InvalidRequestException;
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
        return delegations.get(delegationId).getProgramme().getKind() == ProgrammeKind.LONG_INTERNSHIP;
    }

    /** The members who check in this month: those still in the group, one "Monthly check-in" each. */
    @Transactional(readOnly = true)
    public List<Long> internIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Records the tickets and visas of the whole group at once: every member still in the group
     * needs a row, and nothing is recorded while one is missing or incomplete. A row of a member
     * withdrawn since the form was filled is left out.
     */
    public List<TravelTicket> recordTickets(Long delegationId, List<TicketEntry> submitted, String userId) {
        Delegation delegation = delegations.get(delegationId);
        List<TicketEntry> entries = submitted.stream().filter(e -> !isWithdrawn(delegation, e.memberId())).toList();
        Violations violations = new Violations();
        Set<Long> seen = new HashSet<>();
        for (TicketEntry entry : entries) {
            boolean member = entry.memberId() != null
                    && delegation.member(entry.memberId()).filter(DelegationMember::isActive).isPresent();
            violations.check(member, entry.path() + ".memberId", "member",
                    "Row " + entry.path() + " is not for a member of the delegation");
            violations.check(!member || seen.add(entry.memberId()), entry.path() + ".memberId", "once",
                    "Row " + entry.path() + " records a member a second time");
            String who = member ? name(delegation, entry.memberId()) : entry.path();
            violations.check(entry.flight() != null, entry.path() + ".flight", "required",
                    "Give the flight of " + who);
            violations.check(entry.ticketNumber() != null, entry.path() + ".ticketNumber", "required",
                    "Give the ticket number of " + who);
            violations.check(TravelVariables.VISA_ISSUED.equals(entry.visa())
                    || TravelVariables.VISA_NOT_REQUIRED.equals(entry.visa()), entry.path() + ".visa", "required",
                    "Say whether " + who + " needs a visa");
            violations.check(!TravelVariables.VISA_ISSUED.equals(entry.visa()) || entry.visaNumber() != null,
                    entry.path() + ".visaNumber", "requiredWithVisa", "Give the visa number of " + who);
        }
        List<String> missing = delegation.getActiveMembers().stream().filter(m -> !seen.contains(m.getId()))
                .map(m -> m.getStaff().getFullName()).toList();
        violations.check(missing.isEmpty(), TravelVariables.TICKETS, "everyMember",
                "Record tickets and visas for every member; missing: " + String.join(", ", missing));
        violations.throwIfAny();

        Instant now = Instant.now(clock);
        List<TravelTicket> recorded = new ArrayList<>();
        for (TicketEntry entry : entries) {
            TravelTicket ticket = tickets.findByDelegationIdAndMemberId(delegationId, entry.memberId())
                    .orElseGet(() -> new TravelTicket(delegationId, entry.memberId()));
            ticket.book(entry.flight(), entry.ticketNumber(),
                    TravelVariables.VISA_ISSUED.equals(entry.visa()) ? entry.visaNumber() : null, userId, now);
            recorded.add(tickets.save(ticket));
        }
        return recorded;
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
                    "Say how the internship is going");
        }
        if (state == Wellbeing.NEEDS_HELP && (issues == null || issues.isBlank())) {
            throw new InvalidRequestException(TravelVariables.ISSUES, "requiredWhenHelpNeeded",
                    "Say what the intern needs help with");
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
            throw new InvalidRequestException(TravelVariables.WELLBEING, "required", "Say how the intern is doing");
        }
    }

    private static boolean isWithdrawn(Delegation delegation, Long memberId) {
        return memberId != null && delegation.member(memberId).filter(m -> !m.isActive()).isPresent();
    }

    private static String name(Delegation delegation, Long memberId) {
        return delegation.member(memberId).map(m -> m.getStaff().getFullName()).orElse("member " + memberId);
    }
}
