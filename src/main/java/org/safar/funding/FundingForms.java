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
import org.safar.programme.Programme;
import org.safar.staff.StaffMember;
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

    FundingForms(DelegationService delegations, FundingService funding, BudgetLineRepository lines,
            FormVariables variables) {
        this.delegations = delegations;
        this.funding = funding;
        this.lines = lines;
        this.variables = variables;
    }

    record DelegationSummary(String title, String programme, String hostCountry, String hostInstitution, String dates,
            int days, String fundingSource, String donorCovers, int members) {

        static DelegationSummary of(Delegation d, Programme p) {
            return new DelegationSummary(d.getTitle(), p.getTitle(), p.getHostCountry(), p.getHostInstitution(),
                    d.dates(), d.days(), p.getFundingSource(), donorCovers(p),
                    d.getActiveMembers().size());
        }

        private static String donorCovers(Programme p) {
            String covered = Stream.of(p.isDonorCoversAirfare() ? "airfare" : null,
                            p.isDonorCoversLodging() ? "lodging" : null,
                            p.isDonorCoversDailyAllowance() ? "daily allowance" : null)
                    .filter(part -> part != null).collect(Collectors.joining(", "));
            return covered.isEmpty() ? "nothing" : covered;
        }
    }

    record Estimate(String dailyAllowanceRate, String lodgingCeiling, int days, String ownBudgetTotal,
            String advanceTotal, boolean zeroCost) {

        static Estimate of(DelegationFunding f) {
            return new Estimate(Usd.format(f.getDailyAllowanceRate()), Usd.format(f.getLodgingCeiling()), f.getDays(),
                    Usd.format(f.getOwnBudgetTotal()), Usd.format(f.getAdvanceTotal()),
                    f.getOwnBudgetTotal().signum() == 0);
        }
    }

    record MemberCostRow(String fullName, String airfare, String lodging, String dailyAllowance, String ownBudget,
            String advance) {

        static MemberCostRow of(MemberCost c) {
            return new MemberCostRow(c.getFullName(), Usd.format(c.getAirfare()), Usd.format(c.getLodging()),
                    Usd.format(c.getDailyAllowance()), Usd.format(c.getOwnBudget()), Usd.format(c.getAdvance()));
        }
    }

    record LineSummary(String code, String name, String fundingSource, int year, String allocation, String reserved,
            String spent, String available) {

        static LineSummary of(BudgetLine l) {
            return new LineSummary(l.getCode(), l.getName(), l.getFundingSource(), l.getYear(),
                    Usd.format(l.getAllocation()), Usd.format(l.getReserved()), Usd.format(l.getSpent()),
                    Usd.format(l.available()));
        }
    }

    record ReservationSummary(String amount, String status, String reservedAt) {
    }

    /** "Resolve budget shortfall": why the reservation failed, the lines to choose from and the members. */
    @Transactional(readOnly = true)
    public void showShortfall(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationFunding estimate = funding.get(delegationId);
        showEstimate(form, delegation, estimate);
        form.put(FundingVariables.SHORTFALL, estimate.getShortfall());
        BigDecimal needed = estimate.getOwnBudgetTotal();
        form.put(FundingVariables.BUDGET_LINE_OPTIONS, variables.json(
                lines.findAllByOrderByYearAscFundingSourceAscCodeAsc().stream()
                        .map(line -> new FormOption(label(line, needed), line.getId().toString()))
                        .toList()));
        form.put(FundingVariables.MEMBER_OPTIONS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> {
                    StaffMember staff = delegations.staffOf(m);
                    return new FormOption(staff.getFullName() + " — " + staff.getPosition(), m.getId().toString());
                })
                .toList()));
    }

    /** "Approve funding": the estimate and what is reserved on which line. */
    @Transactional(readOnly = true)
    public void showApproval(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        DelegationFunding estimate = funding.get(delegationId);
        showEstimate(form, delegation, estimate);
        Optional<BudgetReservation> held = funding.latestReservation(delegationId).filter(BudgetReservation::isHeld);
        form.put(FundingVariables.BUDGET_LINE,
                held.map(r -> variables.json(LineSummary.of(r.getLine()))).orElse(null));
        form.put(FundingVariables.RESERVATION, held.map(r -> variables.json(new ReservationSummary(
                Usd.format(r.getAmount()), r.getStatus().name(), r.getReservedAt().toString()))).orElse(null));
    }

    private void showEstimate(VariableMap form, Delegation delegation, DelegationFunding estimate) {
        form.put(DelegationVariables.DELEGATION,
                variables.json(DelegationSummary.of(delegation, delegations.programmeOf(delegation))));
        form.put(FundingVariables.ESTIMATE, variables.json(Estimate.of(estimate)));
        List<MemberCostRow> rows = estimate.getMembers().stream().map(MemberCostRow::of).toList();
        form.put(FundingVariables.MEMBER_COSTS, variables.json(rows));
    }

    private static String label(BudgetLine line, BigDecimal needed) {
        String source = line.isOwnBudget() ? "own budget" : line.getFundingSource();
        return line.getCode() + " — " + line.getName() + " (" + source + ", " + line.getYear() + "): "
                + Usd.format(line.available()) + " left" + (line.available().compareTo(needed) < 0 ? ", not enough" : "");
    }
}
