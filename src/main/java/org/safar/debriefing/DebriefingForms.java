package org.safar.debriefing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
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

    record ExpenseRow(Long memberId, String fullName, BigDecimal advanceUsd, BigDecimal actualExpensesUsd) {
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
            task.setVariableLocal(DebriefingVariables.GOOD_PRACTICES, variables.json(report.getGoodPractices().stream()
                    .map(p -> new Practice(p.getTitle(), p.getDescription(), p.getWhereItApplies())).toList()));
        } else {
            variables.declareInputs(task, DebriefingVariables.LEARNED, DebriefingVariables.ACTION_PLAN,
                    DebriefingVariables.GOOD_PRACTICES);
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

    @Transactional(readOnly = true)
    public void fillSettlement(DelegateTask task, Long delegationId) {
        task.setVariableLocal(DebriefingVariables.DELEGATION,
                variables.json(TripSummary.of(delegations.get(delegationId))));
        task.setVariableLocal(DebriefingVariables.EXPENSES, expenseRows(delegationId));
    }

    /** One row per member still in the group, with the advance they received. */
    @Transactional(readOnly = true)
    public TypedValue expenseRows(Long delegationId) {
        BigDecimal advance = settlements.advanceUsd(delegationId);
        return variables.json(delegations.get(delegationId).getActiveMembers().stream()
                .map(m -> new ExpenseRow(m.getId(), m.getStaff().getFullName(), advance, null)).toList());
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
