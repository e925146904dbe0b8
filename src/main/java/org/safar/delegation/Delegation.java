package org.safar.delegation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.safar.delegation.internal.Approval;

/**
 * One group sent to one programme. The process instance refers to it by id; everything the people
 * working on it decide is recorded here.
 */
@Entity
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The delegation's name for people, e.g. SAF-2027-0042 (see DelegationReferences); its lifecycle's business key. */
    private String reference;

    private String title;

    /** Chosen when the delegation is opened through the API, or in the first task when opened from Tasklist. */
    @Column(name = "programme_id")
    private Long programmeId;

    /**
     * The day the delegation leaves and the day it comes back: its programme's first and last day when the
     * programme is chosen, moved when the embassy asks for other dates. Null until a programme is chosen.
     */
    private LocalDate departureDate;

    private LocalDate returnDate;

    /** The officer who opened the delegation and nominates its members. */
    private String nominatedBy;

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.NOMINATION;

    /** Why the delegation came back to the officer (a rejection, a refused clearance), as stored phrases. */
    private String returnReason;

    /** Why the delegation was withdrawn. */
    private String closingReason;

    private String cancelledBy;
    private Instant openedAt;
    private Instant closedAt;

    /** What the embassy liaison told the host of the cancellation, who and when. */
    private String hostInformedNote;

    private String hostInformedBy;

    private Instant hostInformedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DelegationMember> members = new ArrayList<>();

    /** Problems of the whole group (its size, its programme), as opposed to those of one member. */
    @ElementCollection
    @CollectionTable(name = "delegation_problem", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    @Column(name = "reason")
    private List<String> problems = new ArrayList<>();

    @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt")
    private List<Approval> approvals = new ArrayList<>();

    protected Delegation() {
    }

    public Delegation(String reference, String title, String nominatedBy, Instant openedAt) {
        this.reference = reference;
        this.title = title;
        this.nominatedBy = nominatedBy;
        this.openedAt = openedAt;
    }

    /**
     * Sets the programme and the group: members who stay keep what vetting found; new ones start
     * afresh; a withdrawn member chosen again is back in the group. Withdrawn members who are not
     * chosen stay on record as withdrawn.
     */
    void compose(Long programmeId, LocalDate programmeStart, LocalDate programmeEnd, Collection<Long> staffIds) {
        // Nominated again for the same programme, the delegation keeps dates the embassy asked for.
        if (!programmeId.equals(this.programmeId) || departureDate == null) {
            this.departureDate = programmeStart;
            this.returnDate = programmeEnd;
        }
        this.programmeId = programmeId;
        members.removeIf(member -> member.isActive() && !staffIds.contains(member.getStaffId()));
        members.stream().filter(member -> !member.isActive() && staffIds.contains(member.getStaffId()))
                .forEach(DelegationMember::reinstate);
        staffIds.stream()
                .filter(staffId -> members.stream().noneMatch(m -> m.getStaffId().equals(staffId)))
                .forEach(staffId -> members.add(new DelegationMember(this, staffId)));
    }

    /** Takes one member out of the group; the others go on. */
    void withdrawMember(Long memberId, String reason, String by, Instant at) {
        member(memberId).filter(DelegationMember::isActive).orElseThrow().withdraw(reason, by, at);
    }

    /** New dates for the trip; {@code DelegationService.reschedule} checks them first. */
    void reschedule(LocalDate departure, LocalDate comeBack) {
        this.departureDate = departure;
        this.returnDate = comeBack;
    }

    void cancel(String reason, String by, Instant at) {
        this.closingReason = reason;
        this.cancelledBy = by;
        close(Stage.CANCELLED, at);
    }

    /** The liaison told the host of the cancellation; a second report of it replaces the first. */
    void hostInformed(String note, String by, Instant at) {
        this.hostInformedNote = note;
        this.hostInformedBy = by;
        this.hostInformedAt = at;
    }

    public String getHostInformedNote() {
        return hostInformedNote;
    }

    public String getHostInformedBy() {
        return hostInformedBy;
    }

    public Instant getHostInformedAt() {
        return hostInformedAt;
    }

    void judged(List<String> groupProblems) {
        problems.clear();
        problems.addAll(groupProblems);
    }

    public boolean isNominationValid() {
        return problems.isEmpty() && getActiveMembers().stream().allMatch(DelegationMember::isEligible);
    }

    void enter(Stage next) {
        this.stage = next;
    }

    /** Back to the officer for revision: clearances and approvals start again on the revised group. */
    void returnToOfficer(String reason) {
        this.returnReason = reason;
        getActiveMembers().forEach(DelegationMember::resetClearance);
    }

    /** The officer gives up on the delegation; it closes as the lifecycle reaches its end. */
    void withdraw(String reason) {
        this.closingReason = reason;
    }

    void close(Stage outcome, Instant at) {
        this.stage = outcome;
        this.closedAt = at;
    }

    void recordApproval(String group, String decidedBy, boolean approved, String reason, Instant at) {
        approvals.add(new Approval(this, group, decidedBy, approved, reason, at));
    }

    public Optional<DelegationMember> member(Long memberId) {
        return members.stream().filter(m -> m.getId().equals(memberId)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    /** The delegation as people name it in a subject or a sentence: "SAF-2027-0042 · Digital government". */
    public String getReferenceAndTitle() {
        return reference + TaskHeadlines.SEPARATOR + title;
    }

    /** The programme's id; the programme itself is read through {@code ProgrammeService}. */
    public Long getProgrammeId() {
        return programmeId;
    }

    /** The day the delegation leaves; null until its programme is chosen. */
    public LocalDate getDepartureDate() {
        return departureDate;
    }

    /** The day the delegation comes back; null until its programme is chosen. */
    public LocalDate getReturnDate() {
        return returnDate;
    }

    /** How many days the trip lasts, the day of departure and the day of return included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(departureDate, returnDate) + 1;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Stage getStage() {
        return stage;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** Every member on record, withdrawn ones included. */
    public List<DelegationMember> getMembers() {
        return List.copyOf(members);
    }

    /** The members who are still part of the group. */
    public List<DelegationMember> getActiveMembers() {
        return members.stream().filter(DelegationMember::isActive).toList();
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public List<String> getProblems() {
        return List.copyOf(problems);
    }

    List<Approval> getApprovals() {
        return List.copyOf(approvals);
    }
}
