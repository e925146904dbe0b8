package org.safar.debriefing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.debriefing.internal.GoodPractice;
import org.safar.debriefing.internal.TripReport;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.i18n.GeneratedTexts;
import org.safar.tasklist.FormVariables;
import org.safar.travel.TripSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the debriefing forms show read-only, and what they prefill. */
@Component
public class DebriefingForms {

    private final DelegationService delegations;
    private final DebriefingService debriefing;
    private final AdvanceSettlementService settlements;
    private final FormVariables variables;
    private final GeneratedTexts texts;

    DebriefingForms(DelegationService delegations, DebriefingService debriefing,
            AdvanceSettlementService settlements, FormVariables variables, GeneratedTexts texts) {
        this.delegations = delegations;
        this.debriefing = debriefing;
        this.settlements = settlements;
        this.variables = variables;
        this.texts = texts;
    }

    record Participant(String fullName, String position, String organisation) {
    }

    record Practice(String title, String description, String whereItApplies) {
    }

    /** The report as the department head sees it; empty texts rather than nulls, for the form's templates. */
    record ReportSummary(String status, String learned, List<Practice> goodPractices, String actionPlan,
            String submittedBy, String submittedAt, String overdueSince, String reworkReason, String reviewedBy,
            String reviewedAt) {
    }

    /** {@code advanceUsd} is the number the settlement computes with; {@code advance} the amount as shown. */
    record Advance(String fullName, BigDecimal advanceUsd, String advance) {
    }

    /** On rework the participant finds what they submitted before, with the reviewer's reason. */
    @Transactional(readOnly = true)
    public void showSubmission(VariableMap form, Long delegationId, Long memberId) {
        showReport(form, delegationId, memberId);
        Optional<TripReport> earlier = debriefing.report(delegationId, memberId)
                .filter(r -> r.getStatus() == ReportStatus.REWORK_REQUESTED);
        if (earlier.isEmpty()) {
            return;
        }
        TripReport report = earlier.get();
        form.put(DebriefingVariables.LEARNED, report.getLearned());
        form.put(DebriefingVariables.ACTION_PLAN, report.getActionPlan());
        List<GoodPractice> practices = report.getGoodPractices();
        for (int n = 1; n <= Math.min(practices.size(), DebriefingVariables.GOOD_PRACTICES); n++) {
            GoodPractice practice = practices.get(n - 1);
            form.put(DebriefingVariables.practiceTitle(n), practice.getTitle());
            form.put(DebriefingVariables.practiceDescription(n), practice.getDescription());
            form.put(DebriefingVariables.practiceWhereItApplies(n), practice.getWhereItApplies());
        }
    }

    /** The delegation, the participant and their report as it stands, for the tasks about a report. */
    @Transactional(readOnly = true)
    public void showReport(VariableMap form, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        var staff = delegations.staffOf(delegation.member(memberId).orElseThrow());
        form.put(DelegationVariables.DELEGATION,
                variables.json(TripSummary.of(delegation, delegations.programmeOf(delegation), texts)));
        form.put(DebriefingVariables.PARTICIPANT,
                variables.json(new Participant(staff.getFullName(), staff.getPosition(), staff.getOrganisation())));
        form.put(DebriefingVariables.REPORT, variables.json(summary(debriefing.report(delegationId, memberId))));
    }

    /** The member and the advance they received, computed as the settlement will compute it. */
    @Transactional(readOnly = true)
    public void showSettlement(VariableMap form, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegations.staffOf(delegation.member(memberId).orElseThrow()).getFullName();
        form.put(DelegationVariables.DELEGATION,
                variables.json(TripSummary.of(delegation, delegations.programmeOf(delegation), texts)));
        BigDecimal advance = settlements.advanceUsd(delegationId);
        form.put(DebriefingVariables.ADVANCE, variables.json(new Advance(fullName, advance,
                texts.amount(advance, "USD"))));
    }

    private ReportSummary summary(Optional<TripReport> found) {
        if (found.isEmpty()) {
            return new ReportSummary(texts.code("reportStatus", ReportStatus.PENDING), "", List.of(), "", "", "", "",
                    "", "", "");
        }
        TripReport r = found.get();
        return new ReportSummary(texts.code("reportStatus", r.getStatus()), text(r.getLearned()),
                r.getGoodPractices().stream()
                        .map(p -> new Practice(p.getTitle(), p.getDescription(), p.getWhereItApplies())).toList(),
                text(r.getActionPlan()), texts.person(r.getSubmittedBy()), texts.day(r.getSubmittedAt()),
                texts.day(r.getOverdueSince()), text(r.getReworkReason()), texts.person(r.getReviewedBy()),
                texts.day(r.getReviewedAt()));
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }
}
