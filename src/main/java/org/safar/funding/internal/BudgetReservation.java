package org.safar.funding.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.safar.funding.ReleaseCause;
import org.safar.funding.ReservationStatus;

/**
 * An amount held on a budget line for one delegation. It is released by an atomic update of its
 * status (see {@link BudgetReservationRepository#release}), never by writing this entity back, so
 * that two releases at once give the money back only once. While it is held, {@code heldFor} carries
 * the delegation's id under a unique constraint: a delegation never holds two.
 */
@Entity
public class BudgetReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine line;

    private Long delegationId;
    private Long heldFor;
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private ReservationStatus status = ReservationStatus.HELD;

    private Instant reservedAt;
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    private ReleaseCause releaseCause;

    protected BudgetReservation() {
    }

    public BudgetReservation(BudgetLine line, Long delegationId, BigDecimal amount, Instant reservedAt) {
        this.line = line;
        this.delegationId = delegationId;
        this.heldFor = delegationId;
        this.amount = amount;
        this.reservedAt = reservedAt;
    }

    public boolean isHeld() {
        return status == ReservationStatus.HELD;
    }

    public Long getId() {
        return id;
    }

    public BudgetLine getLine() {
        return line;
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public Instant getReservedAt() {
        return reservedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public ReleaseCause getReleaseCause() {
        return releaseCause;
    }
}
