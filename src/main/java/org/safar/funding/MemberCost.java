package org.safar.funding;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One member's share of a delegation's estimate, as it was priced. */
@Embeddable
public class MemberCost {

    private Long memberId;
    private String fullName;
    private BigDecimal airfare;
    private BigDecimal lodging;
    private BigDecimal dailyAllowance;
    private BigDecimal ownBudget;
    private BigDecimal advance;

    protected MemberCost() {
    }

    MemberCost(Long memberId, String fullName, TripCostEstimator.StayCost stay) {
        this.memberId = memberId;
        this.fullName = fullName;
        this.airfare = stay.airfareUsd();
        this.lodging = stay.lodgingUsd();
        this.dailyAllowance = stay.dailyAllowanceUsd();
        this.ownBudget = stay.ownBudgetUsd();
        this.advance = stay.advanceUsd();
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getFullName() {
        return fullName;
    }

    public BigDecimal getAirfare() {
        return airfare;
    }

    public BigDecimal getLodging() {
        return lodging;
    }

    public BigDecimal getDailyAllowance() {
        return dailyAllowance;
    }

    public BigDecimal getOwnBudget() {
        return ownBudget;
    }

    public BigDecimal getAdvance() {
        return advance;
    }
}
