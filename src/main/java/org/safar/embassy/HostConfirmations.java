package org.safar.embassy;

import static org.safar.embassy.HostArrangements.fits;
import static org.safar.embassy.HostArrangements.present;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.Stage;
import org.safar.embassy.internal.EmbassyRequest;
import org.safar.embassy.internal.HostConfirmation;
import org.safar.embassy.internal.HostConfirmationRepository;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.programme.Programme;
import org.safar.web.ApiMessages;
import org.safar.web.ConflictException;
import org.safar.web.ForbiddenException;
import org.safar.web.PlainText;
import org.safar.web.Rule;
import org.safar.web.VersionClaim;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmations of host arrangements from other systems. Each is recorded and correlated to the
 * waiting embassy stage in one transaction; the same reference sent again, later or at the same
 * moment, changes nothing and is answered with the confirmation recorded first.
 */
@Service
class HostConfirmations {

    static final String REFERENCE = "reference";
    private static final int REFERENCE_TEXT = 100;
    private static final String CONFIRM = "confirmHostArrangements";

    private final DelegationService delegations;
    private final EmbassyService embassy;
    private final HostConfirmationRepository confirmations;
    private final VersionClaim claims;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Clock clock;

    HostConfirmations(DelegationService delegations, EmbassyService embassy, HostConfirmationRepository confirmations,
            VersionClaim claims, RuntimeService runtime, CurrentUser currentUser, Clock clock) {
        this.delegations = delegations;
        this.embassy = embassy;
        this.confirmations = confirmations;
        this.claims = claims;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    ConfirmationView confirm(Long delegationId, ExternalConfirmation received) {
        Delegation delegation = delegations.visible(delegationId);
        String caller = mayConfirm(delegation);
        Violations violations = new Violations()
                .check(present(received.reference()), REFERENCE, Rule.REQUIRED, ApiMessages.text("required"))
                .check(fits(received.reference(), REFERENCE_TEXT), REFERENCE, Rule.MAX_LENGTH,
                        HostArrangements.tooLong(REFERENCE_TEXT))
                .check(PlainText.Rules.isName(received.reference()), REFERENCE, Rule.PLAIN_TEXT,
                        ApiMessages.text("plainText"));
        HostArrangements arrangements = received.arrangements().validated(violations);
        String reference = received.reference().strip();

        // The request is read before the confirmation is looked for: a confirmation recorded at the same
        // moment is then either found below or changes the request's version, which the claim checks.
        Optional<EmbassyRequest> latest = embassy.latest(delegationId);
        Optional<HostConfirmation> recorded = confirmations.findByDelegationIdAndReference(delegationId, reference);
        if (recorded.isPresent()) {
            if (!recorded.get().arrangements().equals(arrangements)) {
                throw notWaiting(ApiMessages.text("conflict.confirmation.otherArrangements", reference,
                        String.valueOf(delegationId)));
            }
            return ConfirmationView.of(recorded.get());
        }
        EmbassyRequest request = latest.filter(EmbassyRequest::isOpen)
                .orElseThrow(() -> notWaiting(whyNotWaiting(delegation)));
        // Of two confirmations at the same moment, the second fails here and, run again, finds the first.
        claims.claim(request);
        ProcessInstance stage = waitingStage(delegation)
                .orElseThrow(() -> notWaiting(notInEmbassyCoordination(delegation)));
        // Microseconds, as the database keeps them: a repeated call answers exactly what the first did.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        HostConfirmation confirmation = request.confirm(arrangements, reference, ConfirmationChannel.API, caller, now);
        // The engine takes a definition only for start messages: the instance of embassyCoordination found by
        // business key narrows the correlation to the embassy stage, never the lifecycle with the same key.
        currentUser.asSafar(() -> runtime.createMessageCorrelation(EmbassyVariables.MSG_HOST_ARRANGEMENTS_CONFIRMED)
                .processInstanceBusinessKey(delegation.getReference())
                .processInstanceId(stage.getId())
                .setVariable(DelegationVariables.HOST_DECLINED, false)
                .correlateWithResult());
        return ConfirmationView.of(confirmation);
    }

    /** Officers, and the liaisons of the host country's embassy. */
    private String mayConfirm(Delegation delegation) {
        String userId = currentUser.id().orElseThrow(() -> new ForbiddenException(
                ApiMessages.text("forbidden.logIn", ApiMessages.text("action." + CONFIRM))));
        Programme programme = delegations.programmeOf(delegation);
        String[] mayConfirm = programme == null ? new String[] {SafarGroups.OFFICERS}
                : new String[] {SafarGroups.OFFICERS, SafarGroups.embassy(programme.getHostCountry())};
        currentUser.requireAnyOf(CONFIRM, mayConfirm);
        return userId;
    }

    /**
     * The embassy stage of the delegation, if it waits for the confirmation now. Looked up as Safar:
     * the caller's right to confirm was checked above, and liaisons hold no rights on process instances.
     */
    private Optional<ProcessInstance> waitingStage(Delegation delegation) {
        return currentUser.asSafar(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(EmbassyVariables.PROCESS_KEY)
                .processInstanceBusinessKey(delegation.getReference())
                .active().list().stream()
                .filter(stage -> runtime.createEventSubscriptionQuery().processInstanceId(stage.getId())
                        .eventType("message").eventName(EmbassyVariables.MSG_HOST_ARRANGEMENTS_CONFIRMED).count() > 0)
                .findFirst());
    }

    private String whyNotWaiting(Delegation delegation) {
        String id = String.valueOf(delegation.getId());
        List<HostConfirmation> earlier = confirmations.findByDelegationIdOrderByConfirmedAt(delegation.getId());
        if (!earlier.isEmpty()) {
            HostConfirmation last = earlier.get(earlier.size() - 1);
            LocalDate day = LocalDate.ofInstant(last.getConfirmedAt(), clock.getZone());
            return last.getReference() == null
                    ? ApiMessages.text("conflict.confirmation.inTasklist", id, last.getConfirmedBy(), day)
                    : ApiMessages.text("conflict.confirmation.underReference", id, last.getReference(),
                            last.getConfirmedBy(), day);
        }
        boolean revising = delegation.getStage() == Stage.EMBASSY && embassy.latest(delegation.getId())
                .filter(request -> request.getAnswer() == EmbassyAnswer.CHANGES_REQUESTED).isPresent();
        if (revising) {
            return ApiMessages.text("conflict.confirmation.revising", id);
        }
        return notInEmbassyCoordination(delegation);
    }

    /** Why a request still open has no stage waiting for its answer: the delegation was cancelled, say. */
    private static String notInEmbassyCoordination(Delegation delegation) {
        return ApiMessages.text("conflict.confirmation.notInEmbassyCoordination", String.valueOf(delegation.getId()),
                ApiMessages.text("stage." + delegation.getStage().name()));
    }

    private static ConflictException notWaiting(String why) {
        return new ConflictException(ApiMessages.text("title.notWaitingForConfirmation"), why);
    }
}
