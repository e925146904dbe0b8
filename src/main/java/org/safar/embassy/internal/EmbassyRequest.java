package org.safar.embassy.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safar.embassy.ChangeKind;
import org.safar.embassy.ConfirmationChannel;
import org.safar.embassy.EmbassyAnswer;
import org.safar.embassy.FollowUpKind;
import org.safar.embassy.HostArrangements;

/**
 * One request to the embassy liaison of the host country, and the embassy's answer to it. A request
 * for changes is followed, once the officer revised the delegation, by a new request (the next round).
 */
@Entity
public class EmbassyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long delegationId;

    /** 1 for the first request of a delegation, one more after each revision. */
    @Column(name = "round_number")
    private int round;

    private String hostCountry;

    /** The candidate group of the embassy task, e.g. embassy-JP. */
    private String liaisonGroup;

    /** From {@code embassy-lead-time.dmn}: the request is due after this many days. */
    private int leadTimeDays;

    private Instant requestedAt;
    private Instant dueAt;

    /** The delegation's dates as this request put them to the embassy; a revision may change them after. */
    private LocalDate departureDate;
    private LocalDate returnDate;

    /** Twice the lead time after the request: an agency director is told. */
    private Instant escalationAt;

    @Enumerated(EnumType.STRING)
    private EmbassyAnswer answer;

    private String answeredBy;
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private ChangeKind changeKind;

    private String changeReason;
    private String declineReason;

    /** What the officer changed in answer to a request for changes. */
    private String revision;

    private String revisedBy;
    private Instant revisedAt;

    @Version
    private long version;

    @OneToOne(mappedBy = "request", cascade = CascadeType.ALL)
    private HostConfirmation confirmation;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("doneAt")
    private List<EmbassyFollowUp> followUps = new ArrayList<>();

    protected EmbassyRequest() {
    }

    public EmbassyRequest(Long delegationId, int round, String hostCountry, String liaisonGroup, int leadTimeDays,
            Instant requestedAt, LocalDate departureDate, LocalDate returnDate) {
        this.delegationId = delegationId;
        this.departureDate = departureDate;
        this.returnDate = returnDate;
        this.round = round;
        this.hostCountry = hostCountry;
        this.liaisonGroup = liaisonGroup;
        this.leadTimeDays = leadTimeDays;
        this.requestedAt = requestedAt;
        this.dueAt = requestedAt.plus(Duration.ofDays(leadTimeDays));
        this.escalationAt = requestedAt.plus(Duration.ofDays(2L * leadTimeDays));
    }

    /** Still waiting for the embassy's answer. */
    public boolean isOpen() {
        return answer == null;
    }

    public HostConfirmation confirm(HostArrangements arrangements, String reference, ConfirmationChannel channel,
            String by, Instant at) {
        answered(EmbassyAnswer.CONFIRMED, by, at);
        confirmation = new HostConfirmation(this, reference, arrangements, channel, by, at);
        return confirmation;
    }

    public void askForChanges(ChangeKind kind, String reason, String by, Instant at) {
        answered(EmbassyAnswer.CHANGES_REQUESTED, by, at);
        this.changeKind = kind;
        this.changeReason = reason;
    }

    public void decline(String reason, String by, Instant at) {
        answered(EmbassyAnswer.HOST_DECLINED, by, at);
        this.declineReason = reason;
    }

    public void revise(String revision, String by, Instant at) {
        this.revision = revision;
        this.revisedBy = by;
        this.revisedAt = at;
    }

    public void followedUp(FollowUpKind kind, String note, String by, Instant at) {
        followUps.add(new EmbassyFollowUp(this, kind, note, by, at));
    }

    private void answered(EmbassyAnswer answer, String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("Request " + round + " of delegation " + delegationId
                    + " was already answered " + this.answer);
        }
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    Long getId() {
        return id;
    }

    Long getDelegationId() {
        return delegationId;
    }

    public int getRound() {
        return round;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public String getLiaisonGroup() {
        return liaisonGroup;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public LocalDate getReturnDate() {
        return returnDate;
    }

    public Instant getEscalationAt() {
        return escalationAt;
    }

    public EmbassyAnswer getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public ChangeKind getChangeKind() {
        return changeKind;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getRevision() {
        return revision;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    Optional<HostConfirmation> getConfirmation() {
        return Optional.ofNullable(confirmation);
    }

    public List<EmbassyFollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }
}
