package org.safar.nomination;

import static org.safar.nomination.NominationVariables.CHOSEN_MEMBERS;
import static org.safar.nomination.NominationVariables.CHOSEN_PROGRAMME;
import static org.safar.nomination.NominationVariables.DECISION;
import static org.safar.nomination.NominationVariables.GROUP_PROBLEMS;
import static org.safar.nomination.NominationVariables.MEMBER_PROBLEMS;
import static org.safar.nomination.NominationVariables.PROGRAMME_OPTIONS;
import static org.safar.nomination.NominationVariables.STAFF_OPTIONS;
import static org.safar.nomination.NominationVariables.WHY_RETURNED;
import static org.safar.nomination.NominationVariables.WITHDRAWAL_REASON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.i18n.GeneratedTexts;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeService;
import org.safar.staff.StaffMember;
import org.safar.staff.StaffService;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the form "Nominate members" shows: choices from the registry and why the nomination came back. */
@Component
public class NominationForm {

    private final DelegationService delegations;
    private final ProgrammeService programmes;
    private final StaffService staff;
    private final FormVariables variables;
    private final GeneratedTexts texts;
    private final Clock clock;

    NominationForm(DelegationService delegations, ProgrammeService programmes, StaffService staff,
            FormVariables variables, GeneratedTexts texts, Clock clock) {
        this.texts = texts;
        this.delegations = delegations;
        this.programmes = programmes;
        this.staff = staff;
        this.variables = variables;
        this.clock = clock;
    }

    record MemberProblem(String nominee, String problem) {
    }

    /**
     * The programmes still to come and the staff to choose from, why the nomination came back, and
     * what was chosen so far (prefilled).
     */
    @Transactional(readOnly = true)
    public void show(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        LocalDate today = LocalDate.now(clock);
        form.put(PROGRAMME_OPTIONS, variables.json(programmes.all().stream()
                .filter(p -> p.getStartDate().isAfter(today))
                .map(p -> new FormOption(label(p), p.getId().toString()))
                .toList()));
        Map<Long, List<String>> notEligible = delegation.getActiveMembers().stream()
                .filter(member -> !member.isEligible())
                .collect(Collectors.toMap(DelegationMember::getStaffId, DelegationMember::getEligibilityProblems));
        form.put(STAFF_OPTIONS, variables.json(staff.all().stream()
                .map(s -> new FormOption(label(s, notEligible.getOrDefault(s.getId(), List.of())),
                        s.getId().toString()))
                .toList()));
        form.put(WHY_RETURNED, texts.stored(delegation.getReturnReason()));
        form.put(GROUP_PROBLEMS, delegation.getProblems().stream().map(texts::stored)
                .collect(Collectors.joining("\n")));
        form.put(MEMBER_PROBLEMS, variables.json(memberProblems(delegation)));
        form.put(CHOSEN_PROGRAMME,
                delegation.getProgrammeId() == null ? null : delegation.getProgrammeId().toString());
        form.put(CHOSEN_MEMBERS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> m.getStaffId().toString()).toList()));
    }

    private List<MemberProblem> memberProblems(Delegation delegation) {
        return delegation.getActiveMembers().stream()
                .filter(member -> !member.isEligible())
                .flatMap(member -> member.getEligibilityProblems().stream()
                        .map(problem -> new MemberProblem(name(member), texts.stored(problem))))
                .toList();
    }

    private String name(DelegationMember member) {
        return delegations.staffOf(member).getFullName();
    }

    private String label(Programme p) {
        return texts.text("option.programme", p.getTitle(), p.getHostCountry(),
                texts.dates(p.getStartDate(), p.getEndDate()));
    }

    /** One line per person, and why they may not go where the last check found it. */
    private String label(StaffMember s, List<String> problems) {
        String person = texts.text("option.staff", s.getFullName(), s.getPosition(), s.getOrganisation());
        return problems.isEmpty() ? person : texts.text("option.staffNotEligible", person,
                problems.stream().map(texts::stored).collect(Collectors.joining("; ")));
    }
}
