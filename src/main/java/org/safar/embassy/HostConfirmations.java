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
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ConflictException;
import org.safar.web.ForbiddenException;
import org.safar.web.PlainText;
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
    private static final String NOT_WAITING = "The delegation is not waiting for this confirmation";
    private static final int REFERENCE_TEXT = 100;
    private static final String PLAIN_TEXT = "must be plain text, without markup, expressions or statement separators";

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
                .check(present(received.reference()), REFERENCE, "required",
                        "Give the reference of the confirmation in your system")
                .check(fits(received.reference(), REFERENCE_TEXT), REFERENCE, "maxLength",
                        HostArrangements.tooLong(REFERENCE_TEXT))
                .check(PlainText.Rules.isName(received.reference()), REFERENCE, "plainText", PLAIN_TEXT);
        HostArrangements arrangements = received.arrangements().validated(violations);
        String reference = received.reference().strip();

        // The request is read before the confirmation is looked for: a confirmation recorded at the same
        // moment is then either found below or changes the request's version, which the claim checks.
        Optional<EmbassyRequest> latest = embassy.latest(delegationId);
        Optional<HostConfirmation> recorded = confirmations.findByDelegationIdAndReference(delegationId, reference);
        if (recorded.isPresent()) {
            if (!recorded.get().arrangements().equals(arrangements)) {
                throw new ConflictException(NOT_WAITING, "Confirmation " + reference + " of delegation " + delegationId
                        + " was already received with other host arrangements; the first one stands");
            }
            return ConfirmationView.of(recorded.get());
        }
        EmbassyRequest request = latest.filter(EmbassyRequest::isOpen)
                .orElseThrow(() -> new ConflictException(NOT_WAITING, whyNotWaiting(delegation)));
        // Of two confirmations at the same moment, the second fails here and, run again, finds the first.
        claims.claim(request);
        ProcessInstance stage = waitingStage(delegationId)
                .orElseThrow(() -> new ConflictException(NOT_WAITING, notInEmbassyCoordination(delegation)));
        // Microseconds, as the database keeps them: a repeated call answers exactly what the first did.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        HostConfirmation confirmation = request.confirm(arrangements, reference, ConfirmationChannel.API, caller, now);
        // The engine takes a definition only for start messages: the instance of embassyCoordination found by
        // business key narrows the correlation to the embassy stage, never the lifecycle with the same key.
        currentUser.asSafar(() -> runtime.createMessageCorrelation(EmbassyVariables.MSG_HOST_ARRANGEMENTS_CONFIRMED)
                .processInstanceBusinessKey(delegationId.toString())
                .processInstanceId(stage.getId())
                .setVariable(DelegationVariables.HOST_DECLINED, false)
                .correlateWithResult());
        return ConfirmationView.of(confirmation);
    }

    /** Officers, and the liaisons of the host country's embassy. */
    private String mayConfirm(Delegation delegation) {
        String userId = currentUser.id()
                .orElseThrow(() -> new ForbiddenException("Log in to confirm host arrangements"));
        String liaisons = delegation.getProgramme() == null ? null
                : SafarGroups.embassy(delegation.getProgramme().getHostCountry());
        if (currentUser.isMemberOf(SafarGroups.OFFICERS) || (liaisons != null && currentUser.isMemberOf(liaisons))) {
            return userId;
        }
        throw new ForbiddenException("Only officers and the embassy liaisons of the host country"
                + (liaisons == null ? "" : " (" + liaisons + ")") + " confirm the host arrangements of delegation "
                + delegation.getId() + "; " + userId + " is neither");
    }

    /**
     * The embassy stage of the delegation, if it waits for the confirmation now. Looked up as Safar:
     * the caller's right to confirm was checked above, and liaisons hold no rights on process instances.
     */
    private Optional<ProcessInstance> waitingStage(Long delegationId) {
        return currentUser.asSafar(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(EmbassyVariables.PROCESS_KEY)
                .processInstanceBusinessKey(delegationId.toString())
                .active().list().stream()
                .filter(stage -> runtime.createEventSubscriptionQuery().processInstanceId(stage.getId())
                        .eventType("message").eventName(EmbassyVariables.MSG_HOST_ARRANGEMENTS_CONFIRMED).count() > 0)
                .findFirst());
    }

    private String whyNotWaiting(Delegation delegation) {
        Long id = delegation.getId();
        List<HostConfirmation> earlier = confirmations.findByDelegationIdOrderByConfirmedAt(id);
        if (!earlier.isEmpty()) {
            HostConfirmation last = earlier.get(earlier.size() - 1);
            return "The host arrangements of delegation " + id + " were already confirmed "
                    + (last.getReference() == null ? "in Tasklist" : "under reference " + last.getReference())
                    + " by " + last.getConfirmedBy() + " on "
                    + LocalDate.ofInstant(last.getConfirmedAt(), clock.getZone());
        }
        boolean revising = delegation.getStage() == Stage.EMBASSY && embassy.latest(id)
                .filter(request -> request.getAnswer() == EmbassyAnswer.CHANGES_REQUESTED).isPresent();
        if (revising) {
            return "The embassy asked for changes to delegation " + id
                    + " and the officer is revising it; confirm the new request once it has been sent";
        }
        return notInEmbassyCoordination(delegation);
    }

    /** Why a request still open has no stage waiting for its answer: the delegation was cancelled, say. */
    private static String notInEmbassyCoordination(Delegation delegation) {
        return "Delegation " + delegation.getId() + " is not in embassy coordination: it is at stage "
                + delegation.getStage();
    }
}
