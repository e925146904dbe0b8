package org.safar.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.safar.programme.Programme;
import org.springframework.stereotype.Component;

/**
 * What a delegation costs the agency's own budget: airfare, lodging and daily allowance for each
 * member, less what the donor covers. Rates per host country come from {@code per-diem.dmn}.
 */
@Component
public class TripCostEstimator {

    static final String DECISION_KEY = "perDiem";
    private static final BigDecimal EDGE_DAY_SHARE = new BigDecimal("0.75");
    private static final BigDecimal ADVANCE_SHARE = new BigDecimal("0.80");

    private final DecisionService decisions;

    TripCostEstimator(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * One member's stay as our budget pays it, each part zero where the donor covers it.
     *
     * @param dailyAllowanceRateUsd the host country's full daily allowance
     * @param lodgingCeilingUsd the host country's ceiling for one night
     * @param airfareUsd the programme's airfare estimate
     * @param lodgingUsd the ceiling for every night abroad (one fewer than the days)
     * @param dailyAllowanceUsd the allowance for every day, the first and the last at 75 %
     * @param advanceUsd the cash advance before departure: 80 % of the allowance
     */
    public record StayCost(BigDecimal dailyAllowanceRateUsd, BigDecimal lodgingCeilingUsd, int days,
            BigDecimal airfareUsd, BigDecimal lodgingUsd, BigDecimal dailyAllowanceUsd, BigDecimal advanceUsd) {

        /** What the stay costs our own budget: the advance is part of the allowance, not on top of it. */
        public BigDecimal ownBudgetUsd() {
            return airfareUsd.add(lodgingUsd).add(dailyAllowanceUsd);
        }
    }

    /** @param days the delegation's days abroad, its own dates, which the embassy may have moved from the programme's */
    public StayCost stayCost(Programme programme, int days) {
        Map<String, Object> rates = rates(programme);
        BigDecimal allowanceRate = usd(rates.get("dailyAllowanceUsd"));
        BigDecimal lodgingCeiling = usd(rates.get("lodgingCeilingUsd"));
        BigDecimal airfare = programme.isDonorCoversAirfare() ? BigDecimal.ZERO : programme.getAirfareEstimateUsd();
        BigDecimal lodging = programme.isDonorCoversLodging() ? BigDecimal.ZERO
                : lodgingCeiling.multiply(BigDecimal.valueOf(days - 1L));
        BigDecimal allowance = dailyAllowanceUsd(programme, days, allowanceRate);
        return new StayCost(money(allowanceRate), money(lodgingCeiling), days, money(airfare), money(lodging),
                money(allowance), money(allowance.multiply(ADVANCE_SHARE)));
    }

    public BigDecimal ownBudgetCostUsd(Programme programme, int days, int members) {
        return stayCost(programme, days).ownBudgetUsd().multiply(BigDecimal.valueOf(members)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The cash advance one member gets before departure: 80 % of the daily allowance our budget pays. */
    public BigDecimal advanceUsd(Programme programme, int days) {
        return stayCost(programme, days).advanceUsd();
    }

    /** The daily allowance of one member's stay, first and last day at 75 %; nothing if the donor pays it. */
    private static BigDecimal dailyAllowanceUsd(Programme programme, int days, BigDecimal rate) {
        if (programme.isDonorCoversDailyAllowance()) {
            return BigDecimal.ZERO;
        }
        BigDecimal paidDays = days == 1 ? EDGE_DAY_SHARE
                : BigDecimal.valueOf(days - 2L).add(EDGE_DAY_SHARE.multiply(BigDecimal.valueOf(2)));
        return rate.multiply(paidDays);
    }

    private Map<String, Object> rates(Programme programme) {
        return decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables().putValue("hostCountry", programme.getHostCountry()))
                .evaluate().getSingleResult().getEntryMap();
    }

    private static BigDecimal usd(Object amount) {
        return new BigDecimal(amount.toString());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
