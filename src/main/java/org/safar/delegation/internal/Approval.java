package org.safar.delegation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safar.delegation.Delegation;

/** One approver's decision on a delegation; a revised delegation collects a new round of them. */
@Entity
@Table(name = "delegation_approval")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    private String approverGroup;
    private String decidedBy;
    private boolean approved;
    private String reason;
    private Instant decidedAt;

    protected Approval() {
    }

    public Approval(Delegation delegation, String approverGroup, String decidedBy, boolean approved, String reason,
            Instant decidedAt) {
        this.delegation = delegation;
        this.approverGroup = approverGroup;
        this.decidedBy = decidedBy;
        this.approved = approved;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public String getApproverGroup() {
        return approverGroup;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
