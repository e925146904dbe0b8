package org.safar.debriefing;

import static org.safar.debriefing.DebriefingVariables.STATUS_ACCEPTED;
import static org.safar.debriefing.DebriefingVariables.STATUS_REWORK;
import static org.safar.debriefing.DebriefingVariables.STATUS_SUBMITTED;
import static org.safar.debriefing.DebriefingVariables.STATUS_WITHDRAWN;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.safar.debriefing.internal.TripReport;
import org.safar.debriefing.internal.TripReportRepository;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the participants' trip reports, their review, and the follow-up of the action plans. A
 * participant withdrawn from the delegation has their open tasks completed for them; then nothing is
 * recorded and the process asks nothing more of them.
 */
@Service
@Transactional
public class DebriefingService {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_TITLE = 200;
    private static final int MAX_WHERE = 1000;
    private static final int MAX_NOTE = 2000;

    private final DelegationService delegations;
    private final TripReportRepository reports;
    private final Clock clock;

    DebriefingService(DelegationService delegations, TripReportRepository reports, Clock clock) {
        this.delegations = delegations;
        this.reports = reports;
        this.clock = clock;
    }

    /** The members who report on the trip: those still in the group. */
    @Transactional(readOnly = true)
    public List<Long> participantIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** The participants whose action plan is followed up: still in the group, their report accepted. */
    @Transactional(readOnly = true)
    public List<Long> followUpIds(Long delegationId) {
        List<Long> active = participantIds(delegationId);
        return reports.findByDelegationIdOrderByMemberId(delegationId).stream()
                .filter(r -> r.getStatus() == ReportStatus.ACCEPTED && active.contains(r.getMemberId()))
                .map(TripReport::getMemberId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Transactional(readOnly = true)
    public Optional<TripReport> report(Long delegationId, Long memberId) {
        return reports.findByDelegationIdAndMemberId(delegationId, memberId);
    }

    @Transactional(readOnly = true)
    public List<TripReport> reports(Long delegationId) {
        return reports.findByDelegationIdOrderByMemberId(delegationId);
    }

    /**
     * Records a report, first or reworked.
     *
     * @return {@value DebriefingVariables#STATUS_SUBMITTED}, or {@value DebriefingVariables#STATUS_WITHDRAWN}
     *         when the participant is no longer in the group
     */
    public String submit(Long delegationId, Long memberId, String learned, List<PracticeEntry> practices,
            String actionPlan, String userId) {
        if (!isActive(delegationId, memberId)) {
            return STATUS_WITHDRAWN;
        }
        Violations violations = new Violations();
        violations.check(!isBlank(learned), DebriefingVariables.LEARNED, "required",
                        ApiMessages.text("report.learned"))
                .check(isBlank(learned) || learned.length() <= MAX_TEXT, DebriefingVariables.LEARNED, "maxLength",
                        ApiMessages.text("report.learned.tooLong", String.valueOf(MAX_TEXT)))
                .check(!isBlank(actionPlan), DebriefingVariables.ACTION_PLAN, "required",
                        ApiMessages.text("report.actionPlan"))
                .check(isBlank(actionPlan) || actionPlan.length() <= MAX_TEXT, DebriefingVariables.ACTION_PLAN,
                        "maxLength", ApiMessages.text("report.actionPlan.tooLong", String.valueOf(MAX_TEXT)));
        for (PracticeEntry practice : practices) {
            violations.check(!isBlank(practice.title()), practice.path() + ".title", "required",
                    ApiMessages.text("report.practiceTitle"))
                    .check(isBlank(practice.title()) || practice.title().length() <= MAX_TITLE,
                            practice.path() + ".title", "maxLength",
                            ApiMessages.text("report.practiceTitle.tooLong", String.valueOf(MAX_TITLE)))
                    .check(!isBlank(practice.description()), practice.path() + ".description", "required",
                            ApiMessages.text("report.practiceDescription"))
                    .check(isBlank(practice.description()) || practice.description().length() <= MAX_TEXT,
                            practice.path() + ".description", "maxLength",
                            ApiMessages.text("report.practiceDescription.tooLong", String.valueOf(MAX_TEXT)))
                    .check(!isBlank(practice.whereItApplies()), practice.path() + ".whereItApplies", "required",
                            ApiMessages.text("report.practiceWhere"))
                    .check(isBlank(practice.whereItApplies()) || practice.whereItApplies().length() <= MAX_WHERE,
                            practice.path() + ".whereItApplies", "maxLength",
                            ApiMessages.text("report.practiceWhere.tooLong", String.valueOf(MAX_WHERE)));
        }
        violations.throwIfAny();
        TripReport report = reportOf(delegationId, memberId);
        if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.ACCEPTED) {
            throw new InvalidRequestException(DebriefingVariables.REPORT, "state",
                    ApiMessages.text("report.alreadySubmitted"));
        }
        report.submit(learned.strip(), practices.stream().map(p -> new PracticeEntry(p.path(), p.title().strip(),
                p.description().strip(), p.whereItApplies().strip())).toList(), actionPlan.strip(), userId,
                Instant.now(clock));
        return STATUS_SUBMITTED;
    }

    /** Notes that the report was not in by its due date; the participant's task is flagged as overdue. */
    public void markOverdue(Long delegationId, Long memberId) {
        if (isActive(delegationId, memberId)) {
            reportOf(delegationId, memberId).markOverdue(Instant.now(clock));
        }
    }

    /** What the department head did on hearing that a report is missing. */
    public void noteMissing(Long delegationId, Long memberId, String note, String userId) {
        if (!isActive(delegationId, memberId)) {
            return;
        }
        reportOf(delegationId, memberId).noteMissing(note(DebriefingVariables.MISSING_NOTE, note,
                ApiMessages.text("report.missingNote")), userId);
    }

    /** Refuses to let participants review their own report; used when the review task is claimed. */
    @Transactional(readOnly = true)
    public void assertNotOwnReport(Long delegationId, Long memberId, String userId) {
        String participant = delegations.staffOf(member(delegationId, memberId)).getUsername();
        if (userId != null && userId.equals(participant)) {
            throw new AuthorizationException(ApiMessages.text("review.ownReport", userId));
        }
    }

    /**
     * The department head's review.
     *
     * @return {@value DebriefingVariables#STATUS_ACCEPTED}, {@value DebriefingVariables#STATUS_REWORK}, or
     *         {@value DebriefingVariables#STATUS_WITHDRAWN} when the participant is no longer in the group
     */
    public String review(Long delegationId, Long memberId, String decision, String reason, String userId) {
        if (!isActive(delegationId, memberId)) {
            return STATUS_WITHDRAWN;
        }
        assertNotOwnReport(delegationId, memberId, userId);
        TripReport report = reportOf(delegationId, memberId);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new InvalidRequestException(DebriefingVariables.REPORT, "state",
                    ApiMessages.text("report.nothingToReview"));
        }
        Instant now = Instant.now(clock);
        switch (decision == null ? "" : decision) {
            case DebriefingVariables.ACCEPT -> {
                report.accept(userId, now);
                return STATUS_ACCEPTED;
            }
            case DebriefingVariables.REWORK -> {
                if (isBlank(reason)) {
                    throw new InvalidRequestException(DebriefingVariables.REWORK_REASON, "requiredOnRework",
                            ApiMessages.text("report.reworkReason"));
                }
                report.requestRework(note(DebriefingVariables.REWORK_REASON, reason, null), userId, now);
                return STATUS_REWORK;
            }
            default -> throw new InvalidRequestException(DebriefingVariables.REVIEW_DECISION, "required",
                    ApiMessages.text("report.reviewDecision"));
        }
    }

    /** Six months after the return: whether the participant carried out the action plan. */
    public void recordOutcome(Long delegationId, Long memberId, String outcome, String comment, String userId) {
        if (!isActive(delegationId, memberId)) {
            return;
        }
        ActionPlanOutcome value;
        try {
            value = ActionPlanOutcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(DebriefingVariables.ACTION_PLAN_OUTCOME, "required",
                    ApiMessages.text("report.outcome"));
        }
        String cleanComment = note(DebriefingVariables.OUTCOME_COMMENT, comment,
                ApiMessages.text("report.outcomeComment"));
        TripReport report = reportOf(delegationId, memberId);
        if (report.getStatus() != ReportStatus.ACCEPTED) {
            throw new InvalidRequestException(DebriefingVariables.REPORT, "state",
                    ApiMessages.text("report.outcomeNotAccepted"));
        }
        report.recordOutcome(value, cleanComment, userId, Instant.now(clock));
    }

    private boolean isActive(Long delegationId, Long memberId) {
        return member(delegationId, memberId).isActive();
    }

    private DelegationMember member(Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        return delegation.member(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private TripReport reportOf(Long delegationId, Long memberId) {
        return reports.findByDelegationIdAndMemberId(delegationId, memberId)
                .orElseGet(() -> reports.save(new TripReport(delegationId, memberId)));
    }

    /** A required note of at most {@value #MAX_NOTE} characters, stripped. */
    private static String note(String field, String text, String whenMissing) {
        if (isBlank(text)) {
            throw new InvalidRequestException(field, "required", whenMissing);
        }
        if (text.strip().length() > MAX_NOTE) {
            throw new InvalidRequestException(field, "maxLength",
                    ApiMessages.text("report.note.tooLong", String.valueOf(MAX_NOTE)));
        }
        return text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
