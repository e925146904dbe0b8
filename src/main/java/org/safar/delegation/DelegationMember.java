package org.safar.delegation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One nominee of a delegation, with what eligibility and vetting found about them. */
@Entity
public class DelegationMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    /** The staff member's id; their record is read through {@code StaffService}. */
    @Column(name = "staff_id")
    private Long staffId;

    @ElementCollection
    @CollectionTable(name = "member_eligibility_problem", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "reason")
    private List<String> eligibilityProblems = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Clearance clearance = Clearance.PENDING;

    private String clearanceNote;
    private String clearedBy;
    private Instant clearedAt;

    private String withdrawnReason;
    private String withdrawnBy;
    private Instant withdrawnAt;

    protected DelegationMember() {
    }

    DelegationMember(Delegation delegation, Long staffId) {
        this.delegation = delegation;
        this.staffId = staffId;
    }

    void judgedEligible(List<String> problems) {
        eligibilityProblems.clear();
        eligibilityProblems.addAll(problems);
    }

    void clear(Clearance outcome, String note, String by, Instant at) {
        this.clearance = outcome;
        this.clearanceNote = note;
        this.clearedBy = by;
        this.clearedAt = at;
    }

    void withdraw(String reason, String by, Instant at) {
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    void reinstate() {
        withdraw(null, null, null);
    }

    /** Still part of the group: not withdrawn. */
    public boolean isActive() {
        return withdrawnAt == null;
    }

    void resetClearance() {
        clear(Clearance.PENDING, null, null, null);
    }

    public boolean isEligible() {
        return eligibilityProblems.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public Long getStaffId() {
        return staffId;
    }

    public List<String> getEligibilityProblems() {
        return List.copyOf(eligibilityProblems);
    }

    public Clearance getClearance() {
        return clearance;
    }

    public String getClearanceNote() {
        return clearanceNote;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
