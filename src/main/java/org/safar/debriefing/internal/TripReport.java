package org.safar.debriefing.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safar.debriefing.ActionPlanOutcome;
import org.safar.debriefing.PracticeEntry;
import org.safar.debriefing.ReportStatus;

/**
 * A participant's report on the trip: what they learned, the good practices they found and their
 * action plan; the department head's review; and, six months later, whether the plan was carried out.
 */
@Entity
public class TripReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.PENDING;

    private String learned;
    private String actionPlan;
    private String submittedBy;
    private Instant submittedAt;

    /** When the participant was reminded that the report is overdue. */
    private Instant overdueSince;

    /** What the department head did on hearing that the report is missing. */
    private String missingNote;
    private String missingNotedBy;

    private String reworkReason;
    private String reviewedBy;
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    private ActionPlanOutcome outcome;

    private String outcomeComment;
    private String outcomeRecordedBy;
    private Instant outcomeRecordedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GoodPractice> goodPractices = new ArrayList<>();

    protected TripReport() {
    }

    public TripReport(Long delegationId, Long memberId) {
        this.delegationId = delegationId;
        this.memberId = memberId;
    }

    /** A first submission or a reworked one: the good practices are replaced as a whole. */
    public void submit(String learned, List<PracticeEntry> practices, String actionPlan, String by, Instant at) {
        this.learned = learned;
        this.actionPlan = actionPlan;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = ReportStatus.SUBMITTED;
        goodPractices.clear();
        for (PracticeEntry practice : practices) {
            goodPractices.add(new GoodPractice(this, goodPractices.size(), practice.title(), practice.description(),
                    practice.whereItApplies()));
        }
    }

    public void markOverdue(Instant at) {
        if (overdueSince == null) {
            overdueSince = at;
        }
    }

    public void noteMissing(String note, String by) {
        this.missingNote = note;
        this.missingNotedBy = by;
    }

    public void accept(String by, Instant at) {
        this.status = ReportStatus.ACCEPTED;
        this.reworkReason = null;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void requestRework(String reason, String by, Instant at) {
        this.status = ReportStatus.REWORK_REQUESTED;
        this.reworkReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void recordOutcome(ActionPlanOutcome outcome, String comment, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeComment = comment;
        this.outcomeRecordedBy = by;
        this.outcomeRecordedAt = at;
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

    public ReportStatus getStatus() {
        return status;
    }

    public String getLearned() {
        return learned;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public String getMissingNote() {
        return missingNote;
    }

    public String getMissingNotedBy() {
        return missingNotedBy;
    }

    public String getReworkReason() {
        return reworkReason;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public ActionPlanOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeComment() {
        return outcomeComment;
    }

    public String getOutcomeRecordedBy() {
        return outcomeRecordedBy;
    }

    public Instant getOutcomeRecordedAt() {
        return outcomeRecordedAt;
    }

    public List<GoodPractice> getGoodPractices() {
        return List.copyOf(goodPractices);
    }
}
