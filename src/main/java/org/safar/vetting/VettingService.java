package org.safar.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safar.delegation.Clearance;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationDecided;
import org.safar.delegation.DelegationDecided.Decision;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.DelegationService;
import org.safar.i18n.GeneratedTexts;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records clearances and approvals, and decides where vetting leads. */
@Service
@Transactional
public class VettingService {

    private final DelegationService delegations;
    private final ApprovalRouting routing;
    private final ApplicationEventPublisher events;

    VettingService(DelegationService delegations, ApprovalRouting routing, ApplicationEventPublisher events) {
        this.delegations = delegations;
        this.routing = routing;
        this.events = events;
    }

    /** The members to clear, one "Clear member" task each. */
    @Transactional(readOnly = true)
    public List<Long> memberIds(Long delegationId) {
        return delegations.get(delegationId).getActiveMembers().stream().map(DelegationMember::getId)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Records the clearance of one member; nothing for a member withdrawn while the task was open. */
    public void clear(Long delegationId, Long memberId, String outcome, String note, String userId) {
        Delegation delegation = delegations.get(delegationId);
        delegations.assertIndependent(delegationId, userId, ApiMessages.language(), "clear");
        DelegationMember member = delegation.member(memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
        if (!member.isActive()) {
            return;
        }
        Clearance clearance = switch (outcome == null ? "" : outcome) {
            case VettingVariables.CLEARED -> Clearance.CLEARED;
            case VettingVariables.REFUSED -> Clearance.REFUSED;
            default -> throw new InvalidRequestException(VettingVariables.CLEARANCE, "required",
                    ApiMessages.text("vetting.clearance", delegations.staffOf(member).getFullName()));
        };
        if (clearance == Clearance.REFUSED && isBlank(note)) {
            throw new InvalidRequestException(VettingVariables.CLEARANCE_NOTE, "requiredOnRefusal",
                    ApiMessages.text("vetting.clearanceNote", delegations.staffOf(member).getFullName()));
        }
        delegations.clear(delegationId, memberId, clearance, isBlank(note) ? null : note.strip(), userId);
    }

    /**
     * After every member was looked at: whether all are cleared. If not, the delegation goes back to
     * the officer with the names and the reasons.
     */
    public boolean allCleared(Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        List<String> refusals = delegation.getActiveMembers().stream()
                .filter(m -> m.getClearance() != Clearance.CLEARED)
                .map(m -> GeneratedTexts.phrase("returned.notCleared", delegations.staffOf(m).getFullName(),
                        m.getClearanceNote()))
                .toList();
        if (!refusals.isEmpty()) {
            delegations.returnToOfficer(delegationId, GeneratedTexts.lines(refusals));
        }
        return refusals.isEmpty();
    }

    /** Groups that approve, in order, as {@code approval-routing.dmn} names them. */
    @Transactional(readOnly = true)
    public List<String> approverGroups(Long delegationId) {
        return new ArrayList<>(routingReasons(delegationId).keySet());
    }

    @Transactional(readOnly = true)
    public Map<String, List<String>> routingReasons(Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        return routing.approvers(delegation, delegations.programmeOf(delegation), delegation.getActiveMembers()
                .stream().anyMatch(member -> delegations.staffOf(member).isSenior()));
    }

    /**
     * Records one approver's decision.
     *
     * @return whether the delegation was approved; a rejection sends it back to the officer
     */
    public boolean decide(Long delegationId, String group, String decision, String reason, String userId) {
        Delegation delegation = delegations.get(delegationId);
        delegations.assertIndependent(delegationId, userId, ApiMessages.language(), "approve");
        boolean approved = switch (decision == null ? "" : decision) {
            case VettingVariables.APPROVE -> true;
            case VettingVariables.REJECT -> false;
            default -> throw new InvalidRequestException(VettingVariables.APPROVAL, "required",
                    ApiMessages.text("vetting.approval"));
        };
        if (!approved && isBlank(reason)) {
            throw new InvalidRequestException(VettingVariables.APPROVAL_REASON, "requiredOnRejection",
                    ApiMessages.text("vetting.rejectionReason"));
        }
        String cleanReason = isBlank(reason) ? null : reason.strip();
        delegations.recordApproval(delegationId, group, userId, approved, cleanReason);
        if (!approved) {
            events.publishEvent(new DelegationDecided(delegationId, Decision.REJECTED, cleanReason, userId));
        }
        return approved;
    }

    /** Called as vetting ends approved: every group that the routing named has approved in turn. */
    public void approved(Long delegationId) {
        events.publishEvent(new DelegationDecided(delegationId, Decision.APPROVED, null, null));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
