package org.safar.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.funding.internal.BudgetReservation;
import org.safar.funding.internal.DelegationFunding;
import org.safar.i18n.GeneratedTexts;
import org.safar.programme.Programme;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only context that finance's forms show: the delegation, its estimate, the line and the reservation. */
@Component
public class FundingForms {

    private final DelegationService delegations;
    private final FundingService funding;
    private final BudgetLineRepository lines;
    private final FormVariables variables;
    private final GeneratedTexts texts;

    FundingForms(DelegationService delegations, FundingService funding, BudgetLineRepository lines,
            FormVariables variables, GeneratedTexts texts) {
        this.delegations = delegations;
        this.funding = funding;
        this.lines = lines;
        this.variables = variables;
        this.texts = texts;
    }

    /** {@code fundingSource} stays a code: the forms compare it and name our own budget themselves. */
    record DelegationSummary(String title, String programme, String hostCountry, String hostInstitution, String dates,
            int days, String fundingSource, String donorCovers, int members) {
    }

    record Estimate(String dailyAllowanceRate, String lodgingCeiling, int days, String ownBudgetTotal,
            String advanceTotal, boolean zeroCost) {
    }

    record MemberCostRow(String fullName, String airfare, String lodging, String dailyAllowance, String ownBudget,
            String advance) {
    }

    record LineSummary(String code, String name, String fundingSource, int year, String allocation, String reserved,
            String spent, String available) {
    }

    record ReservationSummary(String amount, String status, String reservedAt) {
    }

    /** "Resolve budget shortfall": why the reservation failed, the lines to choose from and the members. */
    @Transactional(readOnly = true)
    public void showShortfall(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationFunding estimate = funding.get(delegationId);
        showEstimate(form, delegation, estimate);
        form.put(FundingVariables.SHORTFALL, texts.stored(estimate.getShortfall()));
        BigDecimal needed = estimate.getOwnBudgetTotal();
        form.put(FundingVariables.BUDGET_LINE_OPTIONS, variables.json(
                lines.findAllByOrderByYearAscFundingSourceAscCodeAsc().stream()
                        .map(line -> new FormOption(label(line, needed), line.getId().toString()))
                        .toList()));
        form.put(DelegationVariables.MEMBER_OPTIONS, variables.json(delegations.memberOptions(delegation)));
    }

    /** "Approve funding": the estimate and what is reserved on which line. */
    @Transactional(readOnly = true)
    public void showApproval(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationFunding estimate = funding.get(delegationId);
        showEstimate(form, delegation, estimate);
        Optional<BudgetReservation> held = funding.latestReservation(delegationId).filter(BudgetReservation::isHeld);
        form.put(FundingVariables.BUDGET_LINE,
                held.map(r -> variables.json(lineSummary(r.getLine()))).orElse(null));
        form.put(FundingVariables.RESERVATION, held.map(r -> variables.json(new ReservationSummary(
                usd(r.getAmount()), texts.code("reservation", r.getStatus()),
                texts.day(r.getReservedAt())))).orElse(null));
    }

    private void showEstimate(VariableMap form, Delegation delegation, DelegationFunding estimate) {
        form.put(DelegationVariables.DELEGATION,
                variables.json(summary(delegation, delegations.programmeOf(delegation))));
        form.put(FundingVariables.ESTIMATE, variables.json(new Estimate(usd(estimate.getDailyAllowanceRate()),
                usd(estimate.getLodgingCeiling()), estimate.getDays(), usd(estimate.getOwnBudgetTotal()),
                usd(estimate.getAdvanceTotal()), estimate.getOwnBudgetTotal().signum() == 0)));
        List<MemberCostRow> rows = estimate.getMembers().stream().map(c -> new MemberCostRow(c.getFullName(),
                usd(c.getAirfare()), usd(c.getLodging()), usd(c.getDailyAllowance()), usd(c.getOwnBudget()),
                usd(c.getAdvance()))).toList();
        form.put(FundingVariables.MEMBER_COSTS, variables.json(rows));
    }

    private DelegationSummary summary(Delegation d, Programme p) {
        return new DelegationSummary(d.getTitle(), p.getTitle(), p.getHostCountry(), p.getHostInstitution(),
                texts.dates(d.getDepartureDate(), d.getReturnDate()), d.days(), p.getFundingSource(), donorCovers(p),
                d.getActiveMembers().size());
    }

    private String donorCovers(Programme p) {
        String covered = Stream.of(p.isDonorCoversAirfare() ? "funding.covers.airfare" : null,
                        p.isDonorCoversLodging() ? "funding.covers.lodging" : null,
                        p.isDonorCoversDailyAllowance() ? "funding.covers.dailyAllowance" : null)
                .filter(part -> part != null).map(texts::text).collect(Collectors.joining(", "));
        return covered.isEmpty() ? texts.text("funding.covers.nothing") : covered;
    }

    private LineSummary lineSummary(BudgetLine l) {
        return new LineSummary(l.getCode(), l.getName(), l.getFundingSource(), l.getYear(), usd(l.getAllocation()),
                usd(l.getReserved()), usd(l.getSpent()), usd(l.available()));
    }

    private String label(BudgetLine line, BigDecimal needed) {
        String source = line.isOwnBudget() ? texts.text("funding.ownBudget") : line.getFundingSource();
        String key = line.available().compareTo(needed) < 0 ? "funding.lineOption.notEnough" : "funding.lineOption";
        return texts.text(key, line.getCode(), line.getName(), source, String.valueOf(line.getYear()), usd(line.available()));
    }

    private String usd(BigDecimal amount) {
        return texts.amount(amount, Usd.CURRENCY);
    }
}
