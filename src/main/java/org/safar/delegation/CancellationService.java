package org.safar.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.safar.delegation.DelegationDecided.Decision;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.VersionClaim;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a delegation at any stage. The request reaches the lifecycle as a message that interrupts
 * whatever stage is running, so every open task closes; the lifecycle then records the cancellation
 * here, undoes the funding and has the embassy inform the host.
 */
@Service
@Transactional
public class CancellationService {

    /** Variables handed over with the message; transient, so they live only as long as the transaction. */
    public static final String REASON = "cancellationReason";
    public static final String CANCELLED_BY = "cancelledBy";

    /** Stages in which the embassy had been asked to arrange the visit. */
    private static final Set<Stage> EMBASSY_INVOLVED = Set.of(Stage.EMBASSY, Stage.FUNDING, Stage.TRAVEL,
            Stage.DEBRIEFING);

    private final DelegationService delegations;
    private final VersionClaim claims;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CancellationService(DelegationService delegations, VersionClaim claims, RuntimeService runtime,
            ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.delegations = delegations;
        this.claims = claims;
        this.runtime = runtime;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Asks the lifecycle of an open delegation to cancel it. Asked again with the same reason once it is
     * cancelled, it changes nothing: a client that repeats the call gets the first call's answer.
     */
    public void requestCancellation(Long delegationId, String reason, String officer) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "required", ApiMessages.text("cancellation.reason"));
        }
        Delegation delegation = delegations.get(delegationId);
        if (delegation.getStage() == Stage.CANCELLED && reason.strip().equals(delegation.getClosingReason())) {
            return;
        }
        if (!delegation.getStage().isOpen()) {
            throw new DelegationClosedException(delegationId, delegation.getStage());
        }
        // Of two cancellations at the same moment, the second fails here and, run again, finds this one.
        claims.claim(delegation);
        // The officer's right to cancel is checked above; the lifecycle then acts as Safar itself.
        currentUser.asSafar(() -> runtime.createMessageCorrelation(DelegationVariables.MSG_DELEGATION_CANCELLED)
                .processInstanceBusinessKey(delegation.getReference())
                .setVariable(REASON, Variables.stringValue(reason.strip(), true))
                .setVariable(CANCELLED_BY, Variables.stringValue(officer, true))
                .correlateWithResult());
    }

    /**
     * Records the cancellation once the lifecycle has interrupted the running stage.
     *
     * @return the embassy group that must inform the host, or null when the embassy was not involved yet
     */
    public String record(Long delegationId, String reason, String cancelledBy) {
        Delegation delegation = delegations.get(delegationId);
        Stage interrupted = delegation.getStage();
        delegation.cancel(reason, cancelledBy, Instant.now(clock));
        events.publishEvent(new DelegationCancelled(delegationId, interrupted));
        events.publishEvent(new DelegationDecided(delegationId, Decision.CANCELLED, reason, cancelledBy));
        return EMBASSY_INVOLVED.contains(interrupted)
                ? SafarGroups.embassy(delegations.programmeOf(delegation).getHostCountry()) : null;
    }

    /** The embassy liaison told the host, with what they wrote in "Inform the host of the cancellation". */
    @Transactional
    public void recordHostInformed(Long delegationId, String note, String by) {
        delegations.get(delegationId).hostInformed(note, by, Instant.now(clock));
    }
}
