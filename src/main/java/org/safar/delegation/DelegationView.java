package org.safar.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.safar.delegation.DelegationView.MemberView;
import org.safar.delegation.DelegationView.ProgrammeSummary;
import org.safar.delegation.internal.Approval;
import org.safar.i18n.GeneratedTexts;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeKind;
import org.safar.staff.Grade;
import org.safar.staff.StaffMember;

/**
 * A delegation as the API shows it: its members, where it stands, and who has work on it now. Its
 * departure and return dates are its own (the programme's unless the embassy asked for others).
 */
public record DelegationView(Long id, String reference, String title, ProgrammeSummary programme,
        LocalDate departureDate, LocalDate returnDate, String nominatedBy, Stage stage,
        List<String> problems, String returnReason, String closingReason, String cancelledBy, Instant openedAt,
        Instant closedAt, HostInformed hostInformed,
        List<MemberView> members, List<ApprovalView> approvals, List<OpenTask> openTasks) {

    /** What the embassy liaison told the host of the cancellation; null until they did. */
    public record HostInformed(String note, String by, Instant at) {

        static HostInformed of(Delegation d) {
            return d.getHostInformedAt() == null ? null
                    : new HostInformed(d.getHostInformedNote(), d.getHostInformedBy(), d.getHostInformedAt());
        }
    }

    public record ProgrammeSummary(Long id, String title, ProgrammeKind kind, String hostCountry,
            LocalDate startDate, LocalDate endDate) {

        static ProgrammeSummary of(Programme p) {
            return p == null ? null
                    : new ProgrammeSummary(p.getId(), p.getTitle(), p.getKind(), p.getHostCountry(), p.getStartDate(),
                            p.getEndDate());
        }
    }

    public record MemberView(Long id, Long staffId, String fullName, String position, Grade grade,
            String organisation, boolean active, boolean eligible, List<String> eligibilityProblems,
            Clearance clearance, String clearanceNote, String clearedBy, String withdrawnReason, String withdrawnBy) {

        static MemberView of(DelegationMember m, StaffMember s) {
            return new MemberView(m.getId(), s.getId(), s.getFullName(), s.getPosition(), s.getGrade(),
                    s.getOrganisation(),
                    m.isActive(), m.isEligible(),
                    m.getEligibilityProblems().stream().map(GeneratedTexts::inEnglish).toList(), m.getClearance(),
                    m.getClearanceNote(), m.getClearedBy(), m.getWithdrawnReason(), m.getWithdrawnBy());
        }
    }

    public record ApprovalView(String approverGroup, String decidedBy, boolean approved, String reason,
            Instant decidedAt) {

        static ApprovalView of(Approval a) {
            return new ApprovalView(a.getApproverGroup(), a.getDecidedBy(), a.isApproved(), a.getReason(),
                    a.getDecidedAt());
        }
    }

    public record OpenTask(String id, String name, String assignee, List<String> candidateGroups, Date due,
            Date created) {
    }

    /** @param staffOf each member's record in the staff registry */
    static DelegationView of(Delegation d, Programme programme, Function<DelegationMember, StaffMember> staffOf,
            List<OpenTask> openTasks) {
        return new DelegationView(d.getId(), d.getReference(), d.getTitle(), ProgrammeSummary.of(programme),
                d.getDepartureDate(), d.getReturnDate(), d.getNominatedBy(),
                d.getStage(), problems(d, staffOf), GeneratedTexts.inEnglish(d.getReturnReason()),
                d.getClosingReason(), d.getCancelledBy(),
                d.getOpenedAt(), d.getClosedAt(), HostInformed.of(d),
                d.getMembers().stream().map(m -> MemberView.of(m, staffOf.apply(m))).toList(),
                d.getApprovals().stream().map(ApprovalView::of).toList(), openTasks);
    }

    /**
     * Everything that keeps the nomination from going on: the group's problems, then each active member
     * found ineligible with the reason, "Rustam Mirzaev: ...", so that the list alone says what to fix.
     */
    private static List<String> problems(Delegation d, Function<DelegationMember, StaffMember> staffOf) {
        return Stream.concat(d.getProblems().stream().map(GeneratedTexts::inEnglish), d.getActiveMembers().stream()
                        .filter(member -> !member.isEligible())
                        .flatMap(member -> member.getEligibilityProblems().stream()
                                .map(reason -> staffOf.apply(member).getFullName() + ": " + GeneratedTexts.inEnglish(reason))))
                .toList();
    }
}
