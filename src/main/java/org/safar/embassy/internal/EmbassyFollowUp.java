package org.safar.embassy.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.safar.embassy.FollowUpKind;

/** What the officer or a director did about a late embassy. */
@Entity
@Table(name = "embassy_follow_up")
public class EmbassyFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private EmbassyRequest request;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    private String note;
    private String doneBy;
    private Instant doneAt;

    protected EmbassyFollowUp() {
    }

    EmbassyFollowUp(EmbassyRequest request, FollowUpKind kind, String note, String doneBy, Instant doneAt) {
        this.request = request;
        this.kind = kind;
        this.note = note;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
