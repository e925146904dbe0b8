package org.safar.delegation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safar.delegation.internal.DelegationReferences;
import org.safar.delegation.internal.DelegationRepository;
import org.safar.i18n.GeneratedTexts;
import org.safar.i18n.GeneratedTexts.Coded;
import org.safar.identity.CurrentUser;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeKind;
import org.safar.programme.ProgrammeService;
import org.safar.staff.StaffMember;
import org.safar.tasklist.FormOption;
import org.safar.staff.StaffService;
import org.safar.web.ApiMessages;
import org.safar.web.ConflictException;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.safar.web.NotFoundException;
import org.safar.web.VersionClaim;
import org.safar.web.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens delegations, starts their lifecycle and keeps their stage. */
@Service
@Transactional(readOnly = true)
public class DelegationService {

    private final DelegationRepository delegations;
    private final ProgrammeService programmes;
    private final StaffService staff;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final DelegationAccess access;
    private final VersionClaim claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DelegationReferences references;

    DelegationService(DelegationRepository delegations, ProgrammeService programmes, StaffService staff,
            RuntimeService runtime, TaskService tasks, CurrentUser currentUser, DelegationAccess access,
            VersionClaim claims, ApplicationEventPublisher events, Clock clock, DelegationReferences references) {
        this.delegations = delegations;
        this.references = references;
        this.programmes = programmes;
        this.staff = staff;
        this.runtime = runtime;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.access = access;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a delegation with its programme and nominees and starts its lifecycle, in one transaction:
     * if the process cannot start, no delegation is left behind.
     */
    @Transactional
    public Delegation open(NewDelegation request, String officer) {
        if (new LinkedHashSet<>(request.memberStaffIds()).size() != request.memberStaffIds().size()) {
            throw new InvalidRequestException("memberStaffIds", Rule.UNIQUE, ApiMessages.text("unique.members"));
        }
        Programme programme = programmes.get(request.programmeId());
        Delegation delegation = newDelegation(request.title(), officer);
        delegation.compose(programme.getId(), programme.getStartDate(), programme.getEndDate(),
                staffIds(request.memberStaffIds()));
        delegations.save(delegation);
        runtime.startProcessInstanceByKey(DelegationVariables.PROCESS_KEY, delegation.getReference(), Map.of(
                DelegationVariables.DELEGATION_ID, delegation.getId(),
                DelegationVariables.NOMINATED_BY, officer));
        return delegation;
    }

    /** A delegation opened from Tasklist: only its title and officer are known until the officer nominates. */
    @Transactional
    public Delegation openDraft(String title, String officer) {
        return delegations.save(newDelegation(title, officer));
    }

    private Delegation newDelegation(String title, String officer) {
        Instant now = Instant.now(clock);
        return new Delegation(references.next(now), title.strip(), officer, now);
    }

    public Delegation get(Long id) {
        return delegations.findById(id).orElseThrow(() -> new NotFoundException("delegation", id));
    }

    /** The programme the delegation goes to; null until one is chosen. */
    public Programme programmeOf(Delegation delegation) {
        return delegation.getProgrammeId() == null ? null : programmes.get(delegation.getProgrammeId());
    }

    /**
     * The delegation's active members as a form offers them to choose from: "name — position", each valued by
     * the member's id in the delegation.
     */
    public List<FormOption> memberOptions(Delegation delegation) {
        return delegation.getActiveMembers().stream()
                .map(member -> {
                    StaffMember person = staffOf(member);
                    return new FormOption(person.getFullName() + " — " + person.getPosition(),
                            member.getId().toString());
                })
                .toList();
    }

    /** The member's record in the staff registry. */
    public StaffMember staffOf(DelegationMember member) {
        return staff.get(member.getStaffId());
    }

    /**
     * Refuses a user who nominated or belongs to the delegation the action that {@link ConflictOfInterest}
     * names ({@code clear}, {@code approve}, or {@code task} with the task's name), told in {@code language}.
     */
    public void assertIndependent(Long delegationId, String userId, Locale language, String action,
            Object... details) {
        Delegation delegation = get(delegationId);
        ConflictOfInterest.assertIndependent(delegation, delegation.getActiveMembers().stream()
                .map(member -> staffOf(member).getUsername()).filter(Objects::nonNull).toList(), userId, language,
                action, details);
    }

    /** The ids of staff members who exist, in the registry's order; a missing one is not found. */
    private List<Long> staffIds(List<Long> ids) {
        return staff.getAll(ids).stream().map(StaffMember::getId).toList();
    }

    /** The delegation as the caller may see it; one they may not see is not found, so as not to tell it exists. */
    public DelegationView view(Long id) {
        Delegation delegation = visible(id);
        return DelegationView.of(delegation, programmeOf(delegation), this::staffOf, openTasks(delegation));
    }

    /**
     * The delegation, if the caller may see it; else not found, as {@link #view} answers, so that a call on
     * a delegation tells nobody more of it than reading it would.
     */
    public Delegation visible(Long id) {
        DelegationAccess.Viewer viewer = access.viewer();
        if (!delegations.isVisible(id, viewer.all(), viewer.countries(), viewer.userId(), viewer.parties())) {
            throw new NotFoundException("delegation", id);
        }
        return get(id);
    }

    public List<DelegationView> views(Stage stage, String hostCountry, Long programmeId) {
        DelegationAccess.Viewer viewer = access.viewer();
        return delegations.filterVisible(stage, hostCountry, programmeId, viewer.all(), viewer.countries(),
                        viewer.userId(), viewer.parties()).stream()
                .map(d -> DelegationView.of(d, programmeOf(d), this::staffOf, openTasks(d)))
                .toList();
    }

    /**
     * Tasks of the lifecycle and of the stages it called (all carry the delegation's reference as business
     * key), whoever works them: the view shows who has work on the delegation now.
     */
    private List<DelegationView.OpenTask> openTasks(Delegation delegation) {
        return currentUser.asSafar(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(delegation.getReference()).orderByTaskCreateTime().asc().list().stream()
                .map(task -> new DelegationView.OpenTask(task.getId(), task.getName(), task.getAssignee(),
                        tasks.getIdentityLinksForTask(task.getId()).stream()
                                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList(),
                        task.getDueDate(), task.getCreateTime()))
                .toList());
    }

    /** Called as the lifecycle enters a stage. */
    @Transactional
    public void enter(Long delegationId, Stage stage) {
        get(delegationId).enter(stage);
    }

    /**
     * Takes one member out of the group without stopping the others; the group must still be large
     * enough for the programme's kind. Asked again with the same reason once the member is withdrawn, it
     * changes nothing: a client that repeats the call gets the first call's answer.
     */
    @Transactional
    public void withdrawMember(Long delegationId, Long memberId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "required", ApiMessages.text("withdrawal.reason"));
        }
        Delegation delegation = get(delegationId);
        DelegationMember member = delegation.member(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (!member.isActive()) {
            if (reason.strip().equals(member.getWithdrawnReason())) {
                return;
            }
            throw new ConflictException(ApiMessages.text("title.memberWithdrawn"), ApiMessages.text(
                    "conflict.memberWithdrawn", staffOf(member).getFullName(), member.getWithdrawnBy(),
                    member.getWithdrawnReason()));
        }
        if (!delegation.getStage().isOpen()) {
            throw new DelegationClosedException(delegationId, delegation.getStage());
        }
        if (delegation.getActiveMembers().size() <= 1) {
            throw new InvalidRequestException("memberId", Rule.GROUP_SIZE, ApiMessages.text("groupSize.lastMember",
                    staffOf(member).getFullName()));
        }
        ProgrammeKind kind = delegation.getProgrammeId() == null ? null : programmeOf(delegation).getKind();
        if (kind != null && delegation.getActiveMembers().size() - 1 < kind.minGroup()) {
            throw new InvalidRequestException("memberId", Rule.GROUP_SIZE, ApiMessages.text("groupSize.withdraw",
                    staffOf(member).getFullName(), ApiMessages.text("kind." + kind.name()),
                    ProgrammeService.groupRule(kind)));
        }
        // Of two changes to the group at the same moment, the second fails here and, run again, sees the first:
        // the same withdrawal as a repeat, another one against the smaller group.
        claims.claim(delegation);
        delegation.withdrawMember(memberId, reason.strip(), by, Instant.now(clock));
        events.publishEvent(new MemberWithdrawn(delegationId, memberId));
    }

    /**
     * New dates for the trip, e.g. those an embassy asked for: the departure after today, the return not
     * before it, the length within the programme kind's bounds (docs/RULES.md). The event moves every timer
     * that waits on the dates; whatever shows the dates reads them from the delegation. The same dates
     * again change nothing.
     */
    @Transactional
    public void reschedule(Long delegationId, LocalDate departure, LocalDate comeBack) {
        Delegation delegation = get(delegationId);
        if (!delegation.getStage().isOpen()) {
            throw new DelegationClosedException(delegationId, delegation.getStage());
        }
        if (delegation.getProgrammeId() == null) {
            throw new InvalidRequestException("programmeId", Rule.REQUIRED, ApiMessages.text("reschedule.noProgramme"));
        }
        LocalDate today = LocalDate.now(clock);
        if (!delegation.getDepartureDate().isAfter(today)) {
            throw new InvalidRequestException(DelegationVariables.DEPARTURE_DATE, Rule.NOT_IN_PAST,
                    ApiMessages.text("reschedule.departed", delegation.getDepartureDate()));
        }
        Violations violations = new Violations()
                .check(departure != null, DelegationVariables.DEPARTURE_DATE, Rule.REQUIRED,
                        ApiMessages.text("required"))
                .check(comeBack != null, DelegationVariables.RETURN_DATE, Rule.REQUIRED,
                        ApiMessages.text("required"));
        violations.throwIfAny();
        boolean ordered = !comeBack.isBefore(departure);
        violations
                .check(departure.isAfter(today), DelegationVariables.DEPARTURE_DATE, Rule.NOT_IN_PAST,
                        ApiMessages.text("future.departure"))
                .check(ordered, DelegationVariables.RETURN_DATE, Rule.ORDER, ApiMessages.text("order.departureDate"));
        if (ordered) {
            programmes.checkLength(violations, programmeOf(delegation).getKind(), DelegationVariables.RETURN_DATE,
                    departure, comeBack);
        }
        violations.throwIfAny();
        if (departure.equals(delegation.getDepartureDate()) && comeBack.equals(delegation.getReturnDate())) {
            return;
        }
        LocalDate formerDeparture = delegation.getDepartureDate();
        LocalDate formerReturn = delegation.getReturnDate();
        claims.claim(delegation);
        delegation.reschedule(departure, comeBack);
        events.publishEvent(new DelegationRescheduled(delegationId, delegation.getReference(), formerDeparture,
                formerReturn, departure, comeBack));
    }

    /** The officer's choice in the task "Nominate members": the programme and the group. */
    @Transactional
    public void compose(Long delegationId, Long programmeId, List<Long> staffIds) {
        Programme programme = programmes.get(programmeId);
        get(delegationId).compose(programme.getId(), programme.getStartDate(), programme.getEndDate(),
                staffIds(staffIds));
    }

    /**
     * Records what the nomination check found, the group's problems and those of each member it judged (by
     * member id; empty for an eligible one), and answers whether the delegation may go on to vetting.
     */
    @Transactional
    public boolean judged(Long delegationId, List<String> groupProblems, Map<Long, List<String>> memberProblems) {
        Delegation delegation = get(delegationId);
        memberProblems.forEach((memberId, problems) ->
                delegation.member(memberId).ifPresent(member -> member.judgedEligible(problems)));
        delegation.judged(groupProblems);
        return delegation.isNominationValid();
    }

    /** Approved delegations other than this one that take the staff member abroad between these days. */
    public long approvedTripsOverlapping(Long staffId, Long excludedDelegationId, LocalDate from, LocalDate until) {
        return delegations.countApprovedOverlapping(staffId, excludedDelegationId, from, until, Stage.approved());
    }

    /** The officer gives up on the delegation in nomination; it closes as the lifecycle reaches its end. */
    @Transactional
    public void withdraw(Long delegationId, String reason) {
        get(delegationId).withdraw(reason);
    }

    /** What vetting found about one member; nothing for a member withdrawn while the task was open. */
    @Transactional
    public void clear(Long delegationId, Long memberId, Clearance outcome, String note, String by) {
        get(delegationId).member(memberId).filter(DelegationMember::isActive)
                .ifPresent(member -> member.clear(outcome, note, by, Instant.now(clock)));
    }

    /** One approver's decision; a rejection sends the delegation back to the officer with its reason. */
    @Transactional
    public void recordApproval(Long delegationId, String group, String by, boolean approved, String reason) {
        Delegation delegation = get(delegationId);
        delegation.recordApproval(group, by, approved, reason, Instant.now(clock));
        if (!approved) {
            delegation.returnToOfficer(GeneratedTexts.phrase("returned.rejected", Coded.person(by), Coded.group(group),
                    reason));
        }
    }

    /**
     * Back to the officer for revision: clearances and approvals start again on the revised group.
     *
     * @param reason stored phrases ({@link GeneratedTexts#lines}), read in each reader's language
     */
    @Transactional
    public void returnToOfficer(Long delegationId, String reason) {
        get(delegationId).returnToOfficer(reason);
    }

    /** The approvers' decisions so far, every round of them, in the order they were taken. */
    public List<DelegationView.ApprovalView> approvals(Long delegationId) {
        return get(delegationId).getApprovals().stream().map(DelegationView.ApprovalView::of).toList();
    }

    /** Called at the lifecycle's end events. */
    @Transactional
    public void close(Long delegationId, Stage outcome) {
        get(delegationId).close(outcome, Instant.now(clock));
    }
}
