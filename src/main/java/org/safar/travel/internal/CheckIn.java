package org.safar.travel.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safar.travel.Wellbeing;

/** One monthly check-in of an intern abroad. */
@Entity
@Table(name = "travel_check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private Wellbeing wellbeing;

    private String progress;
    /** Null when the intern reports none. */
    private String issues;
    /** The intern, or the officer who recorded it on their behalf. */
    private String recordedBy;
    private Instant recordedAt;

    protected CheckIn() {
    }

    public CheckIn(Long delegationId, Long memberId, Wellbeing wellbeing, String progress, String issues, String by,
            Instant at) {
        this.delegationId = delegationId;
        this.memberId = memberId;
        this.wellbeing = wellbeing;
        this.progress = progress;
        this.issues = issues;
        this.recordedBy = by;
        this.recordedAt = at;
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

    public Wellbeing getWellbeing() {
        return wellbeing;
    }

    public String getProgress() {
        return progress;
    }

    public String getIssues() {
        return issues;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
