package org.safar.embassy;

import static org.safar.embassy.HostArrangements.fits;
import static org.safar.embassy.HostArrangements.present;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationDecided;
import org.safar.delegation.DelegationDecided.Decision;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.embassy.internal.EmbassyRequest;
import org.safar.embassy.internal.EmbassyRequestRepository;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.safar.web.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests to the embassy of the host country and what the embassy, the officer and the directors answer. */
@Service
@Transactional
public class EmbassyService {

    private static final Logger log = LoggerFactory.getLogger(EmbassyService.class);

    private static final int REASON_TEXT = 2000;

    private final DelegationService delegations;
    private final EmbassyRequestRepository requests;
    private final EmbassyLeadTime leadTime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmbassyService(DelegationService delegations, EmbassyRequestRepository requests, EmbassyLeadTime leadTime,
            ApplicationEventPublisher events, Clock clock) {
        this.delegations = delegations;
        this.requests = requests;
        this.leadTime = leadTime;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the next request round, due after the lead time of the host country. While a round is
     * still unanswered, asking again (a job run twice, an operator's retry) gives that round: the
     * embassy is never asked twice for the same thing.
     */
    public EmbassyRequest request(Long delegationId) {
        Optional<EmbassyRequest> open = latest(delegationId).filter(EmbassyRequest::isOpen);
        if (open.isPresent()) {
            log.info("Delegation {} already waits for the embassy's answer to request {}: asking again changes nothing",
                    delegationId, open.get().getRound());
            return open.get();
        }
        Delegation delegation = delegations.get(delegationId);
        String country = delegations.programmeOf(delegation).getHostCountry();
        int round = (int) requests.countByDelegationId(delegationId) + 1;
        return requests.save(new EmbassyRequest(delegationId, round, country, SafarGroups.embassy(country),
                leadTime.days(country), Instant.now(clock), delegation.getDepartureDate(),
                delegation.getReturnDate()));
    }

    @Transactional(readOnly = true)
    Optional<EmbassyRequest> latest(Long delegationId) {
        return requests.findFirstByDelegationIdOrderByRoundDesc(delegationId);
    }

    /** The request the embassy has not answered yet. */
    @Transactional(readOnly = true)
    EmbassyRequest openRequest(Long delegationId) {
        return latest(delegationId).filter(EmbassyRequest::isOpen).orElseThrow(() ->
                new IllegalStateException("Delegation " + delegationId + " is not waiting for the embassy"));
    }

    @Transactional(readOnly = true)
    List<EmbassyRequest> requests(Long delegationId) {
        return requests.findByDelegationIdOrderByRound(delegationId);
    }

    /**
     * Records the embassy liaison's answer to the open request.
     *
     * @return the answer, which decides where embassy coordination goes
     */
    public EmbassyAnswer answer(Long delegationId, EmbassyReply reply, String userId) {
        EmbassyAnswer answer = Arrays.stream(EmbassyAnswer.values())
                .filter(a -> a.name().equals(reply.answer())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(EmbassyVariables.ANSWER, "required",
                        ApiMessages.text("embassy.chooseAnswer")));
        EmbassyRequest request = openRequest(delegationId);
        Instant now = Instant.now(clock);
        switch (answer) {
            case CONFIRMED -> request.confirm(reply.arrangements().validated(), null, ConfirmationChannel.TASKLIST,
                    userId, now);
            case CHANGES_REQUESTED -> {
                ChangeKind kind = Arrays.stream(ChangeKind.values())
                        .filter(k -> k.name().equals(reply.changeKind())).findFirst().orElse(null);
                new Violations()
                        .check(kind != null, EmbassyVariables.CHANGE_KIND, "requiredOnChanges",
                                ApiMessages.text("embassy.changeKind"))
                        .check(present(reply.changeReason()), EmbassyVariables.CHANGE_REASON, "requiredOnChanges",
                                ApiMessages.text("embassy.changeReason"))
                        .check(fits(reply.changeReason(), REASON_TEXT), EmbassyVariables.CHANGE_REASON, "maxLength",
                                HostArrangements.tooLong(REASON_TEXT))
                        .throwIfAny();
                request.askForChanges(kind, reply.changeReason().strip(), userId, now);
            }
            case HOST_DECLINED -> {
                new Violations()
                        .check(present(reply.declineReason()), EmbassyVariables.DECLINE_REASON, "requiredOnDecline",
                                ApiMessages.text("embassy.declineReason"))
                        .check(fits(reply.declineReason(), REASON_TEXT), EmbassyVariables.DECLINE_REASON,
                                "maxLength", HostArrangements.tooLong(REASON_TEXT))
                        .throwIfAny();
                request.decline(reply.declineReason().strip(), userId, now);
                events.publishEvent(new DelegationDecided(delegationId, Decision.DECLINED,
                        reply.declineReason().strip(), userId));
            }
        }
        return answer;
    }

    /**
     * The officer's answer to the embassy's request for changes; a new request follows. New dates must leave
     * the embassy its lead time to answer the next request (docs/RULES.md, Embassy lead time); they move the
     * delegation and every timer that waits for its departure or return (the {@code DelegationRescheduled}
     * event). Withdrawn members leave the group as through <i>Change a delegation</i>, under the same group-size
     * rule. Everything is applied in the one transaction of the task's completion, or nothing is.
     */
    public void revise(Long delegationId, Revision revision, String userId) {
        EmbassyRequest request = latest(delegationId)
                .filter(r -> r.getAnswer() == EmbassyAnswer.CHANGES_REQUESTED && r.getRevisedAt() == null)
                .orElseThrow(() -> new IllegalStateException(
                        "The embassy has not asked for changes to delegation " + delegationId));
        Delegation delegation = delegations.get(delegationId);
        boolean newDates = !Objects.equals(revision.departureDate(), delegation.getDepartureDate())
                || !Objects.equals(revision.returnDate(), delegation.getReturnDate());
        LocalDate earliest = earliestDeparture(request);
        // Only a departure the officer moves must leave the embassy its time; one left as it was is the embassy's.
        boolean inTime = revision.departureDate() == null
                || revision.departureDate().equals(delegation.getDepartureDate())
                || !revision.departureDate().isBefore(earliest);
        new Violations()
                .check(present(revision.note()), EmbassyVariables.REVISION, Rule.REQUIRED,
                        ApiMessages.text(Rule.REQUIRED))
                .check(fits(revision.note(), REASON_TEXT), EmbassyVariables.REVISION, Rule.MAX_LENGTH,
                        HostArrangements.tooLong(REASON_TEXT))
                .check(inTime, DelegationVariables.DEPARTURE_DATE, Rule.LEAD_TIME,
                        inTime ? null : leadTimeMessage(request, earliest))
                .check(revision.withdrawnMembers().isEmpty() || present(revision.withdrawalReason()),
                        EmbassyVariables.WITHDRAWAL_REASON, Rule.REQUIRED, ApiMessages.text(Rule.REQUIRED))
                .check(fits(revision.withdrawalReason(), REASON_TEXT), EmbassyVariables.WITHDRAWAL_REASON,
                        Rule.MAX_LENGTH, HostArrangements.tooLong(REASON_TEXT))
                .throwIfAny();
        if (newDates) {
            delegations.reschedule(delegationId, revision.departureDate(), revision.returnDate());
        }
        for (Long member : revision.withdrawnMembers()) {
            delegations.withdrawMember(delegationId, member, revision.withdrawalReason(), userId);
        }
        request.revise(revision.note().strip(), userId, Instant.now(clock));
    }

    /**
     * The first departure a revision may move the delegation to: a new request goes out today, and the
     * embassy of the host country has its lead time to answer it before the group leaves.
     */
    @Transactional(readOnly = true)
    public LocalDate earliestDeparture(Long delegationId) {
        return earliestDeparture(latest(delegationId).orElseThrow(() -> new IllegalStateException(
                "Delegation " + delegationId + " has not been put to the embassy")));
    }

    /** From the lead time the request was made with, so that showing the form evaluates no decision. */
    private LocalDate earliestDeparture(EmbassyRequest request) {
        return LocalDate.now(clock).plusDays(request.getLeadTimeDays() + 1L);
    }

    private static String leadTimeMessage(EmbassyRequest request, LocalDate earliest) {
        Locale language = ApiMessages.language();
        return ApiMessages.text("leadTime.departure",
                new Locale("", request.getHostCountry()).getDisplayCountry(language), request.getLeadTimeDays(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(earliest));
    }

    /** What the officer or a director did about the late embassy; the wait goes on. */
    public void followUp(Long delegationId, FollowUpKind kind, String note, String userId) {
        new Violations()
                .check(fits(note, REASON_TEXT), EmbassyVariables.FOLLOW_UP_NOTE, "maxLength",
                        HostArrangements.tooLong(REASON_TEXT))
                .throwIfAny();
        openRequest(delegationId).followedUp(kind, present(note) ? note.strip() : null, userId, Instant.now(clock));
    }
}
