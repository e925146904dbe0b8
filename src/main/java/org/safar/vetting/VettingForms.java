package org.safar.vetting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.programme.Programme;
import org.safar.staff.StaffMember;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only context that the forms "Clear member" and "Approve delegation" show beside the decision. */
@Component
class VettingForms {

    private final DelegationService delegations;
    private final VettingService vetting;
    private final FormVariables variables;
    private final Clock clock;

    VettingForms(DelegationService delegations, VettingService vetting, FormVariables variables, Clock clock) {
        this.delegations = delegations;
        this.vetting = vetting;
        this.variables = variables;
        this.clock = clock;
    }

    record DelegationSummary(String title, String programme, String kind, String hostCountry, String hostInstitution,
            String dates, int days, String fundingSource, String nominatedBy, int members) {

        static DelegationSummary of(Delegation d) {
            Programme p = d.getProgramme();
            return new DelegationSummary(d.getTitle(), p.getTitle(), p.getKind().name(), p.getHostCountry(),
                    p.getHostInstitution(), p.getStartDate() + " – " + p.getEndDate(), p.days(),
                    p.getFundingSource(), d.getNominatedBy(), d.getActiveMembers().size());
        }
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

    /** Names the task after the member and shows that member's file. */
    @Transactional(readOnly = true)
    public void fillClearance(DelegateTask task, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        StaffMember person = delegation.member(memberId).map(DelegationMember::getStaff).orElseThrow();
        task.setName("Clear " + person.getFullName());
        task.setVariableLocal(VettingVariables.DELEGATION, variables.json(DelegationSummary.of(delegation)));
        task.setVariableLocal(VettingVariables.MEMBER, variables.json(file(person, delegation.getProgramme())));
        variables.declareInputs(task, VettingVariables.CLEARANCE, VettingVariables.CLEARANCE_NOTE);
    }

    @Transactional(readOnly = true)
    public void fillApproval(DelegateTask task, Long delegationId, String group) {
        Delegation delegation = delegations.get(delegationId);
        task.setVariableLocal(VettingVariables.DELEGATION, variables.json(DelegationSummary.of(delegation)));
        task.setVariableLocal(VettingVariables.MEMBERS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> new MemberRow(m.getStaff().getFullName(), m.getStaff().getPosition(),
                        m.getStaff().getGrade().name(), m.getStaff().getOrganisation(), m.getClearance().name(),
                        m.getClearanceNote() == null ? "" : m.getClearanceNote()))
                .toList()));
        Map<String, List<String>> reasons = vetting.routingReasons(delegationId);
        task.setVariableLocal(VettingVariables.ROUTING_REASONS,
                String.join("; ", reasons.getOrDefault(group, List.of())));
        task.setVariableLocal(VettingVariables.EARLIER_APPROVALS, variables.json(delegation.getApprovals().stream()
                .map(a -> new ApprovalRow(a.getApproverGroup(), a.getDecidedBy(),
                        a.isApproved() ? "Approved" : "Rejected", a.getReason() == null ? "" : a.getReason()))
                .toList()));
        variables.declareInputs(task, VettingVariables.APPROVAL, VettingVariables.APPROVAL_REASON);
    }

    private MemberFile file(StaffMember s, Programme programme) {
        return new MemberFile(s.getFullName(), s.getPosition(), s.getGrade().name(), s.getOrganisation(),
                s.getRegion(), s.getPassportNumber() == null ? "none on record" : s.getPassportNumber(),
                s.getPassportExpiry() == null ? "—" : s.getPassportExpiry().toString(),
                s.yearsOfService(LocalDate.now(clock)), s.isPersonnelReserve() ? "Yes" : "No",
                s.getLanguages().stream().map(l -> l.language() + " " + l.level()).collect(Collectors.joining(", ")),
                s.tripsInYearBefore(programme.getStartDate()),
                s.getTrips().stream().map(t -> t.country() + " " + t.departure() + " – " + t.returnDate()
                        + " (" + t.purpose() + ")").collect(Collectors.joining("; ")));
    }
}
