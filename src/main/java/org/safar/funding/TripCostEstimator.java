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

    public BigDecimal ownBudgetCostUsd(Programme programme, int members) {
        Map<String, Object> rates = rates(programme);
        int days = programme.days();
        BigDecimal perMember = BigDecimal.ZERO;
        if (!programme.isDonorCoversAirfare()) {
            perMember = perMember.add(programme.getAirfareEstimateUsd());
        }
        if (!programme.isDonorCoversLodging()) {
            perMember = perMember.add(usd(rates.get("lodgingCeilingUsd")).multiply(BigDecimal.valueOf(days - 1L)));
        }
        perMember = perMember.add(dailyAllowanceUsd(programme, rates));
        return perMember.multiply(BigDecimal.valueOf(members)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The cash advance one member gets before departure: 80 % of the daily allowance our budget pays. */
    public BigDecimal advanceUsd(Programme programme) {
        return dailyAllowanceUsd(programme, rates(programme)).multiply(ADVANCE_SHARE).setScale(2, RoundingMode.HALF_UP);
    }

    /** The daily allowance of one member's stay, first and last day at 75 %; nothing if the donor pays it. */
    private static BigDecimal dailyAllowanceUsd(Programme programme, Map<String, Object> rates) {
        if (programme.isDonorCoversDailyAllowance()) {
            return BigDecimal.ZERO;
        }
        int days = programme.days();
        BigDecimal paidDays = days == 1 ? EDGE_DAY_SHARE
                : BigDecimal.valueOf(days - 2L).add(EDGE_DAY_SHARE.multiply(BigDecimal.valueOf(2)));
        return usd(rates.get("dailyAllowanceUsd")).multiply(paidDays);
    }

    private Map<String, Object> rates(Programme programme) {
        return decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(Variables.createVariables().putValue("hostCountry", programme.getHostCountry()))
                .evaluate().getSingleResult().getEntryMap();
    }

    private static BigDecimal usd(Object amount) {
        return new BigDecimal(amount.toString());
    }
}
