package org.safar.nomination;

import static org.safar.i18n.GeneratedTexts.phrase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.i18n.GeneratedTexts.Coded;
import org.safar.programme.LanguageLevel;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeKind;
import org.safar.staff.StaffMember;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes a delegation and judges it: the group as a whole, and each nominee through the eligibility decision. */
@Service
@Transactional
public class NominationService {

    private final DelegationService delegations;
    private final EligibilityDecision eligibility;
    private final Clock clock;

    NominationService(DelegationService delegations, EligibilityDecision eligibility, Clock clock) {
        this.delegations = delegations;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /**
     * Judges the nomination and records every problem on the delegation.
     *
     * @return whether the delegation may go on to vetting
     */
    public boolean check(Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        Programme programme = delegations.programmeOf(delegation);
        List<String> groupProblems = new ArrayList<>();
        Map<Long, List<String>> memberProblems = new HashMap<>();
        if (programme == null) {
            groupProblems.add(phrase("group.noProgramme"));
        } else {
            groupProblems.addAll(groupSizeProblems(programme, delegation.getActiveMembers().size()));
            if (!programme.getStartDate().isAfter(LocalDate.now(clock))) {
                groupProblems.add(phrase("group.started", programme.getStartDate()));
            }
            for (DelegationMember member : delegation.getActiveMembers()) {
                memberProblems.put(member.getId(),
                        eligibility.problems(facts(delegation, programme, delegations.staffOf(member)),
                                programme.getRequiredLanguage()));
            }
        }
        return delegations.judged(delegationId, groupProblems, memberProblems);
    }

    /** The officer's choice in the task "Nominate members". */
    public void compose(Long delegationId, Long programmeId, List<Long> staffIds) {
        if (programmeId == null) {
            throw new InvalidRequestException(NominationVariables.CHOSEN_PROGRAMME, "required",
                    ApiMessages.text("nomination.chooseProgramme"));
        }
        delegations.compose(delegationId, programmeId, staffIds);
    }

    public void withdraw(Long delegationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(NominationVariables.WITHDRAWAL_REASON, "required",
                    ApiMessages.text("nomination.withdrawalReason"));
        }
        delegations.withdraw(delegationId, reason.strip());
    }

    /**
     * What is wrong with the size of the group, naming the rule it breaks: the kind's ("a short course
     * sends 10–15 people") before the programme's own seats. Stored with the delegation as phrases, each
     * reader reads them in their language (i18n.GeneratedTexts).
     */
    private static List<String> groupSizeProblems(Programme programme, int size) {
        ProgrammeKind kind = programme.getKind();
        if (size == 0) {
            return List.of(phrase("group.noMembers"));
        }
        if (size < kind.minGroup() || size > kind.maxGroup()) {
            return List.of(kind.maxGroup() == Integer.MAX_VALUE
                    ? phrase("group.sizeAtLeast", new Coded("kind", kind.name()), kind.minGroup(), size)
                    : phrase("group.sizeBetween", new Coded("kind", kind.name()), kind.minGroup(), kind.maxGroup(),
                            size));
        }
        if (size > programme.maxGroup()) {
            return List.of(phrase("group.seats", programme.getSeats(), size));
        }
        return List.of();
    }


    private EligibilityFacts facts(Delegation delegation, Programme programme, StaffMember nominee) {
        LanguageLevel required = programme.getRequiredLanguageLevel();
        LanguageLevel spoken = programme.getRequiredLanguage() == null ? null
                : nominee.levelIn(programme.getRequiredLanguage()).orElse(null);
        long overlapping = delegations.approvedTripsOverlapping(nominee.getId(), delegation.getId(),
                delegation.getDepartureDate(), delegation.getReturnDate())
                + nominee.getTrips().stream()
                        .filter(trip -> trip.overlaps(delegation.getDepartureDate(), delegation.getReturnDate())).count();
        return new EligibilityFacts(nominee.getPassportExpiry(), delegation.getReturnDate(),
                languageName(programme.getRequiredLanguage()), required == null ? null : required.name(),
                required == null ? 0 : required.rank(), spoken == null ? "none" : spoken.name(),
                spoken == null ? 0 : spoken.rank(), overlapping,
                nominee.tripsInYearBefore(delegation.getDepartureDate()),
                nominee.yearsOfService(delegation.getDepartureDate()), programme.getKind().name(),
                delegation.getNominatedBy().equals(nominee.getUsername()));
    }

    /** "en" becomes "English", so that the officer reads a reason, not a code. */
    private static String languageName(String code) {
        return code == null ? null : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
