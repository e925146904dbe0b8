package org.safar.delegation.internal;

import static org.safar.delegation.DelegationVariables.CANCEL;
import static org.safar.delegation.DelegationVariables.CHANGE_KIND;
import static org.safar.delegation.DelegationVariables.CHOSEN_DELEGATION;
import static org.safar.delegation.DelegationVariables.CHOSEN_MEMBER;
import static org.safar.delegation.DelegationVariables.DELEGATION_OPTIONS;
import static org.safar.delegation.DelegationVariables.MEMBER_OPTIONS;
import static org.safar.delegation.DelegationVariables.WITHDRAW_MEMBER;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.safar.delegation.CancellationService;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.delegation.Stage;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.tasklist.FormOption;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Change a delegation" from Tasklist's start form: what an officer may choose, and the change made at
 * once, exactly as through the API. Everything the form sends is checked again here: a start form can be
 * submitted with any values, not only those it offered.
 */
@Service
class DelegationChanges {

    private final DelegationRepository delegations;
    private final DelegationService delegationService;
    private final CancellationService cancellations;
    private final CurrentUser currentUser;

    DelegationChanges(DelegationRepository delegations, DelegationService delegationService,
            CancellationService cancellations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.delegationService = delegationService;
        this.cancellations = cancellations;
        this.currentUser = currentUser;
    }

    /**
     * The delegations an officer may change (every open one: officers change any delegation, as through the
     * API), as "reference · title", and their active members, each as "delegation id:member id" so that the
     * form lists only the members of the chosen delegation. Anyone who is not an officer may change none.
     */
    @Transactional(readOnly = true)
    Map<String, List<FormOption>> options() {
        if (!currentUser.isMemberOf(SafarGroups.OFFICERS)) {
            return Map.of(DELEGATION_OPTIONS, List.of(), MEMBER_OPTIONS, List.of());
        }
        List<Delegation> open = delegations.findInStages(Stage.open()).stream()
                .sorted(Comparator.comparing(Delegation::getReference))
                .toList();
        return Map.of(
                DELEGATION_OPTIONS, open.stream()
                        .map(d -> new FormOption(d.getReferenceAndTitle(), d.getId().toString()))
                        .toList(),
                MEMBER_OPTIONS, open.stream()
                        .flatMap(d -> d.getActiveMembers().stream().map(m -> new FormOption(
                                delegationService.staffOf(m).getFullName(), d.getId() + ":" + m.getId())))
                        .toList());
    }

    /**
     * Cancels the chosen delegation or withdraws the chosen member of it, for the calling officer.
     *
     * @param memberChoice "delegation id:member id", as the member options give it; only for a withdrawal
     */
    @Transactional
    void apply(String kind, String delegationChoice, String memberChoice, String reason) {
        if (CANCEL.equals(kind)) {
            String officer = currentUser.officer("cancelDelegations");
            Delegation delegation = changeable(delegationChoice);
            cancellations.requestCancellation(delegation.getId(), reason, officer);
        } else if (WITHDRAW_MEMBER.equals(kind)) {
            String officer = currentUser.officer("withdrawMembers");
            Delegation delegation = changeable(delegationChoice);
            DelegationMember member = memberOf(delegation, memberChoice);
            delegationService.withdrawMember(delegation.getId(), member.getId(), reason, officer);
        } else {
            throw new InvalidRequestException(CHANGE_KIND, "required", ApiMessages.text("changeDelegation.chooseAction"));
        }
    }

    /** The chosen delegation, if it exists and its stage still lets it be changed. */
    private Delegation changeable(String choice) {
        Long id = id(choice, CHOSEN_DELEGATION);
        Delegation delegation = delegations.findById(id).orElseThrow(() -> new InvalidRequestException(
                CHOSEN_DELEGATION, "option", ApiMessages.text("notFound.delegation", choice)));
        if (!delegation.getStage().isOpen()) {
            // As a 400 on the form, in words: the API's 409 would reach Tasklist as the engine's error.
            throw new InvalidRequestException(CHOSEN_DELEGATION, "stage", ApiMessages.text(
                    "conflict.delegationClosed." + delegation.getStage().name(), delegation.getReference()));
        }
        return delegation;
    }

    /** The chosen member, who must be an active member of the chosen delegation. */
    private DelegationMember memberOf(Delegation delegation, String choice) {
        String[] parts = choice == null ? new String[0] : choice.split(":", -1);
        if (parts.length != 2) {
            throw new InvalidRequestException(CHOSEN_MEMBER, "required",
                    ApiMessages.text("changeDelegation.chooseMember"));
        }
        Long memberId = id(parts[1], CHOSEN_MEMBER);
        DelegationMember member = delegation.member(memberId)
                .filter(m -> parts[0].equals(delegation.getId().toString()))
                .orElseThrow(() -> new InvalidRequestException(CHOSEN_MEMBER, "option", ApiMessages.text(
                        "changeDelegation.notAMember", delegation.getReference())));
        if (!member.isActive()) {
            throw new InvalidRequestException(CHOSEN_MEMBER, "option", ApiMessages.text("conflict.memberWithdrawn",
                    delegationService.staffOf(member).getFullName(), member.getWithdrawnBy(),
                    member.getWithdrawnReason()));
        }
        return member;
    }

    private static Long id(String value, String field) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidRequestException(field, "option", ApiMessages.text("changeDelegation.chooseFromList"));
        }
    }
}
