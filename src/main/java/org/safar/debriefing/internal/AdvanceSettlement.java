package org.safar.debriefing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One member's cash advance settled against what they actually spent. The difference is what the
 * agency still owes the member (positive) or must recover from them (negative).
 */
@Entity
public class AdvanceSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;
    private Long memberId;
    private BigDecimal advanceUsd;
    private BigDecimal actualExpensesUsd;
    private BigDecimal differenceUsd;
    private String settledBy;
    private Instant settledAt;

    protected AdvanceSettlement() {
    }

    public AdvanceSettlement(Long delegationId, Long memberId) {
        this.delegationId = delegationId;
        this.memberId = memberId;
    }

    public void settle(BigDecimal advance, BigDecimal actualExpenses, BigDecimal difference, String by, Instant at) {
        this.advanceUsd = advance;
        this.actualExpensesUsd = actualExpenses;
        this.differenceUsd = difference;
        this.settledBy = by;
        this.settledAt = at;
    }

    /** Whether the member spent less than the advance and must pay the rest back. */
    public boolean isRecovery() {
        return differenceUsd.signum() < 0;
    }

    public Long getId() {
        return id;
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public BigDecimal getAdvanceUsd() {
        return advanceUsd;
    }

    public BigDecimal getActualExpensesUsd() {
        return actualExpensesUsd;
    }

    public BigDecimal getDifferenceUsd() {
        return differenceUsd;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
