package org.safar.funding.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safar.funding.MemberCost;
import org.safar.funding.TripCostEstimator;

/**
 * The funding of one delegation: what its members' stays cost our budget as last priced, the line
 * finance chose after a shortfall, why the last reservation failed, and finance's decision.
 */
@Entity
public class DelegationFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;

    private BigDecimal dailyAllowanceRate;
    private BigDecimal lodgingCeiling;
    private int days;
    private BigDecimal ownBudgetTotal;
    private BigDecimal advanceTotal;
    private Instant estimatedAt;

    @ElementCollection
    @CollectionTable(name = "delegation_funding_member", joinColumns = @JoinColumn(name = "funding_id"))
    @OrderColumn(name = "position")
    private List<MemberCost> members = new ArrayList<>();

    /** The line finance chose when the first one fell short; null while the own-budget line of the year is used. */
    private Long chosenLineId;

    /**
     * Why the last reservation failed, for finance: a stored phrase ({@code GeneratedTexts.phrase}), so that
     * each reader reads it in their language; null once a reservation holds.
     */
    private String shortfall;

    private Boolean approved;
    private String decidedBy;
    private String decisionReason;
    private Instant decidedAt;

    @Version
    private Long version;

    protected DelegationFunding() {
    }

    public DelegationFunding(Long delegationId) {
        this.delegationId = delegationId;
    }

    public void priced(TripCostEstimator.StayCost stay, List<MemberCost> memberCosts, Instant at) {
        this.dailyAllowanceRate = stay.dailyAllowanceRateUsd();
        this.lodgingCeiling = stay.lodgingCeilingUsd();
        this.days = stay.days();
        this.members.clear();
        this.members.addAll(memberCosts);
        this.ownBudgetTotal = memberCosts.stream().map(MemberCost::getOwnBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.advanceTotal = memberCosts.stream().map(MemberCost::getAdvance).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.estimatedAt = at;
    }

    public void chooseLine(Long lineId) {
        this.chosenLineId = lineId;
    }

    public void fellShort(String why) {
        this.shortfall = why;
    }

    public void covered() {
        this.shortfall = null;
    }

    public void decide(boolean approve, String by, String reason, Instant at) {
        this.approved = approve;
        this.decidedBy = by;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public BigDecimal getDailyAllowanceRate() {
        return dailyAllowanceRate;
    }

    public BigDecimal getLodgingCeiling() {
        return lodgingCeiling;
    }

    public int getDays() {
        return days;
    }

    public BigDecimal getOwnBudgetTotal() {
        return ownBudgetTotal;
    }

    public BigDecimal getAdvanceTotal() {
        return advanceTotal;
    }

    public Instant getEstimatedAt() {
        return estimatedAt;
    }

    public List<MemberCost> getMembers() {
        return List.copyOf(members);
    }

    public Long getChosenLineId() {
        return chosenLineId;
    }

    public String getShortfall() {
        return shortfall;
    }

    /** True or false once finance decided; null before. */
    public Boolean getApproved() {
        return approved;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
