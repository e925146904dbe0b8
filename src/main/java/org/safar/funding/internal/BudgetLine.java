package org.safar.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.safar.programme.Programme;

/**
 * Money of one funding source for one year under one code: what was allocated, what is reserved for
 * approved trips, what was spent.
 *
 * <p>{@code reserved} changes only through the atomic updates of {@link BudgetLineRepository}, never
 * by writing this entity back: a copy loaded before a concurrent reservation must not overwrite it.
 */
@Entity
public class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fundingSource;

    @Column(name = "budget_year")
    private int year;

    private String code;
    private String name;
    private BigDecimal allocation;

    @Column(updatable = false)
    private BigDecimal reserved = BigDecimal.ZERO;

    @Column(updatable = false)
    private BigDecimal spent;

    private Instant createdAt;

    protected BudgetLine() {
    }

    public BudgetLine(String fundingSource, int year, String code, String name, BigDecimal allocation, BigDecimal spent,
            Instant createdAt) {
        this.fundingSource = fundingSource;
        this.year = year;
        this.code = code;
        this.name = name;
        this.allocation = allocation;
        this.spent = spent;
        this.createdAt = createdAt;
    }

    /** What is left to reserve. */
    public BigDecimal available() {
        return allocation.subtract(reserved).subtract(spent);
    }

    public boolean isOwnBudget() {
        return Programme.OWN_BUDGET.equals(fundingSource);
    }

    public Long getId() {
        return id;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public int getYear() {
        return year;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getAllocation() {
        return allocation;
    }

    public BigDecimal getReserved() {
        return reserved;
    }

    public BigDecimal getSpent() {
        return spent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
