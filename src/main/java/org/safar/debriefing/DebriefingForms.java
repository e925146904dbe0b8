package org.safar.debriefing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.tasklist.FormVariables;
import org.safar.travel.TripSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the debriefing forms show read-only, and what they prefill. */
@Component
class DebriefingForms {

    private final DelegationService delegations;
    private final DebriefingService debriefing;
    private final AdvanceSettlementService settlements;
    private final FormVariables variables;

    DebriefingForms(DelegationService delegations, DebriefingService debriefing,
            AdvanceSettlementService settlements, FormVariables variables) {
        this.delegations = delegations;
        this.debriefing = debriefing;
        this.settlements = settlements;
        this.variables = variables;
    }

    record Participant(String fullName, String position, String organisation) {
    }

    record Practice(String title, String description, String whereItApplies) {
    }

    /** The report as the department head sees it; empty texts rather than nulls, for the form's templates. */
    record ReportSummary(String status, String learned, List<Practice> goodPractices, String actionPlan,
            String submittedBy, String submittedAt, String overdueSince, String reworkReason, String reviewedBy,
            String reviewedAt) {

        static ReportSummary of(Optional<TripReport> found) {
            if (found.isEmpty()) {
                return new ReportSummary(ReportStatus.PENDING.name(), "", List.of(), "", "", "", "", "", "", "");
            }
            TripReport r = found.get();
            return new ReportSummary(r.getStatus().name(), text(r.getLearned()), r.getGoodPractices().stream()
                    .map(p -> new Practice(p.getTitle(), p.getDescription(), p.getWhereItApplies())).toList(),
                    text(r.getActionPlan()), text(r.getSubmittedBy()), text(r.getSubmittedAt()),
                    text(r.getOverdueSince()), text(r.getReworkReason()), text(r.getReviewedBy()),
                    text(r.getReviewedAt()));
        }
    }

    record Advance(String fullName, BigDecimal advanceUsd) {
    }

    /** On rework the participant finds what they submitted before, with the reviewer's reason. */
    @Transactional(readOnly = true)
    public void fillSubmission(DelegateTask task, Long delegationId, Long memberId) {
        fillContext(task, delegationId, memberId);
        Optional<TripReport> earlier = debriefing.report(delegationId, memberId)
                .filter(r -> r.getStatus() == ReportStatus.REWORK_REQUESTED);
        if (earlier.isPresent()) {
            TripReport report = earlier.get();
            task.setVariableLocal(DebriefingVariables.LEARNED, report.getLearned());
            task.setVariableLocal(DebriefingVariables.ACTION_PLAN, report.getActionPlan());
        } else {
            variables.declareInputs(task, DebriefingVariables.LEARNED, DebriefingVariables.ACTION_PLAN);
        }
        List<GoodPractice> practices = earlier.map(TripReport::getGoodPractices).orElse(List.of());
        for (int n = 1; n <= DebriefingVariables.GOOD_PRACTICES; n++) {
            if (n <= practices.size()) {
                GoodPractice practice = practices.get(n - 1);
                task.setVariableLocal(DebriefingVariables.practiceTitle(n), practice.getTitle());
                task.setVariableLocal(DebriefingVariables.practiceDescription(n), practice.getDescription());
                task.setVariableLocal(DebriefingVariables.practiceWhereItApplies(n), practice.getWhereItApplies());
            } else {
                variables.declareInputs(task, DebriefingVariables.practiceTitle(n),
                        DebriefingVariables.practiceDescription(n), DebriefingVariables.practiceWhereItApplies(n));
            }
        }
    }

    @Transactional(readOnly = true)
    public void fillReview(DelegateTask task, Long delegationId, Long memberId) {
        fillContext(task, delegationId, memberId);
        variables.declareInputs(task, DebriefingVariables.REVIEW_DECISION, DebriefingVariables.REWORK_REASON);
    }

    @Transactional(readOnly = true)
    public void fillMissingReport(DelegateTask task, Long delegationId, Long memberId) {
        fillContext(task, delegationId, memberId);
        variables.declareInputs(task, DebriefingVariables.MISSING_NOTE);
    }

    @Transactional(readOnly = true)
    public void fillOutcome(DelegateTask task, Long delegationId, Long memberId) {
        fillContext(task, delegationId, memberId);
        variables.declareInputs(task, DebriefingVariables.ACTION_PLAN_OUTCOME, DebriefingVariables.OUTCOME_COMMENT);
    }

    /** The member and the advance they received, computed as the settlement will compute it. */
    @Transactional(readOnly = true)
    public void fillSettlement(DelegateTask task, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegation.member(memberId).orElseThrow().getStaff().getFullName();
        task.setVariableLocal(DebriefingVariables.DELEGATION, variables.json(TripSummary.of(delegation)));
        task.setVariableLocal(DebriefingVariables.ADVANCE,
                variables.json(new Advance(fullName, settlements.advanceUsd(delegationId))));
        variables.declareInputs(task, DebriefingVariables.ACTUAL_EXPENSES_USD);
    }

    private void fillContext(DelegateTask task, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        var staff = delegation.member(memberId).orElseThrow().getStaff();
        task.setVariableLocal(DebriefingVariables.DELEGATION, variables.json(TripSummary.of(delegation)));
        task.setVariableLocal(DebriefingVariables.PARTICIPANT,
                variables.json(new Participant(staff.getFullName(), staff.getPosition(), staff.getOrganisation())));
        task.setVariableLocal(DebriefingVariables.REPORT,
                variables.json(ReportSummary.of(debriefing.report(delegationId, memberId))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
