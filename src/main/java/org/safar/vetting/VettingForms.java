package org.safar.vetting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.i18n.GeneratedTexts;
import org.safar.programme.Programme;
import org.safar.staff.StaffMember;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only context that the forms "Clear member" and "Approve delegation" show beside the decision. */
@Component
public class VettingForms {

    private final DelegationService delegations;
    private final VettingService vetting;
    private final FormVariables variables;
    private final GeneratedTexts texts;
    private final Clock clock;

    VettingForms(DelegationService delegations, VettingService vetting, FormVariables variables,
            GeneratedTexts texts, Clock clock) {
        this.texts = texts;
        this.delegations = delegations;
        this.vetting = vetting;
        this.variables = variables;
        this.clock = clock;
    }

    record DelegationSummary(String title, String programme, String kind, String hostCountry, String hostInstitution,
            String dates, int days, String fundingSource, String nominatedBy, int members) {

    }

    record MemberFile(String fullName, String position, String grade, String organisation, String region,
            String passport, String passportExpiry, int yearsOfService, String personnelReserve, String languages,
            long tripsInLast12Months, String earlierTrips) {
    }

    record MemberRow(String fullName, String position, String grade, String organisation, String clearance,
            String clearanceNote) {
    }

    record ApprovalRow(String group, String decidedBy, String decision, String reason) {
    }

    /** The task's name, after the member: "Clear Kamola Yusupova". */
    @Transactional(readOnly = true)
    public String clearanceName(Long delegationId, Long memberId) {
        return "Clear " + person(delegations.get(delegationId), memberId).getFullName();
    }

    /** The member's file beside the delegation. */
    @Transactional(readOnly = true)
    public void showClearance(VariableMap form, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        form.put(DelegationVariables.DELEGATION,
                variables.json(summary(delegation, delegations.programmeOf(delegation))));
        form.put(DelegationVariables.MEMBER,
                variables.json(file(person(delegation, memberId), delegation.getDepartureDate())));
    }

    /** The members with their clearances, why the approval came to this group and who decided before. */
    @Transactional(readOnly = true)
    public void showApproval(VariableMap form, Long delegationId, String group) {
        Delegation delegation = delegations.get(delegationId);
        form.put(DelegationVariables.DELEGATION,
                variables.json(summary(delegation, delegations.programmeOf(delegation))));
        form.put(DelegationVariables.MEMBERS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> memberRow(m, delegations.staffOf(m))).toList()));
        Map<String, List<String>> reasons = vetting.routingReasons(delegationId);
        form.put(VettingVariables.ROUTING_REASONS, reasons.getOrDefault(group, List.of()).stream()
                .map(texts::text).collect(Collectors.joining("; ")));
        form.put(VettingVariables.EARLIER_APPROVALS, variables.json(delegations.approvals(delegationId).stream()
                .map(a -> new ApprovalRow(texts.group(a.approverGroup()), texts.person(a.decidedBy()),
                        texts.text(a.approved() ? "decision.approved" : "decision.rejected"),
                        a.reason() == null ? "" : a.reason()))
                .toList()));
    }

    private DelegationSummary summary(Delegation d, Programme p) {
        return new DelegationSummary(d.getTitle(), p.getTitle(), p.getKind().name(), p.getHostCountry(),
                p.getHostInstitution(), texts.dates(d.getDepartureDate(), d.getReturnDate()), d.days(),
                p.getFundingSource(), texts.person(d.getNominatedBy()), d.getActiveMembers().size());
    }

    private MemberRow memberRow(DelegationMember m, StaffMember s) {
        return new MemberRow(s.getFullName(), s.getPosition(), texts.code("grade", s.getGrade()),
                s.getOrganisation(), texts.code("clearance", m.getClearance()),
                m.getClearanceNote() == null ? "" : m.getClearanceNote());
    }

    private StaffMember person(Delegation delegation, Long memberId) {
        return delegations.staffOf(delegation.member(memberId).orElseThrow());
    }

    private MemberFile file(StaffMember s, LocalDate departure) {
        return new MemberFile(s.getFullName(), s.getPosition(), texts.code("grade", s.getGrade()),
                s.getOrganisation(), s.getRegion(),
                s.getPassportNumber() == null ? texts.text("passport.none") : s.getPassportNumber(),
                s.getPassportExpiry() == null ? "—" : texts.date(s.getPassportExpiry()),
                s.yearsOfService(LocalDate.now(clock)), texts.text(s.isPersonnelReserve() ? "yes" : "no"),
                s.getLanguages().stream().map(l -> texts.code("language", l.language()) + " " + l.level())
                        .collect(Collectors.joining(", ")),
                s.tripsInYearBefore(departure),
                s.getTrips().stream().map(t -> texts.text("trip", t.country(),
                        texts.dates(t.departure(), t.returnDate()), t.purpose())).collect(Collectors.joining("; ")));
    }
}
