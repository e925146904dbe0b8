package org.safar.travel;

import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.i18n.GeneratedTexts;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the forms "Record ticket and visa" and "Monthly check-in" show and prefill. */
@Component
public class TravelForms {

    private final DelegationService delegations;
    private final TravelService travel;
    private final FormVariables variables;
    private final GeneratedTexts texts;

    TravelForms(DelegationService delegations, TravelService travel, FormVariables variables, GeneratedTexts texts) {
        this.delegations = delegations;
        this.travel = travel;
        this.variables = variables;
        this.texts = texts;
    }

    /** The member a "Record ticket and visa" is about. */
    record Traveller(String fullName) {
    }

    record Intern(String fullName, int checkIn) {
    }

    /** Who travels; what was booked for them before, if anything, is prefilled. */
    @Transactional(readOnly = true)
    public void showTicket(VariableMap form, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegations.staffOf(delegation.member(memberId).orElseThrow()).getFullName();
        form.put(DelegationVariables.DELEGATION,
                variables.json(TripSummary.of(delegation, delegations.programmeOf(delegation), texts)));
        form.put(DelegationVariables.MEMBER, variables.json(new Traveller(fullName)));
        travel.tickets(delegationId).stream().filter(t -> t.getMemberId().equals(memberId)).findFirst()
                .ifPresent(ticket -> {
                    form.put(TravelVariables.FLIGHT, ticket.getFlight());
                    form.put(TravelVariables.TICKET_NUMBER, ticket.getTicketNumber());
                    form.put(TravelVariables.VISA, ticket.isVisaRequired() ? TravelVariables.VISA_ISSUED
                            : TravelVariables.VISA_NOT_REQUIRED);
                    form.put(TravelVariables.VISA_NUMBER, ticket.getVisaNumber());
                });
    }

    /** The intern and which of their monthly check-ins this is. */
    @Transactional(readOnly = true)
    public void showCheckIn(VariableMap form, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegations.staffOf(delegation.member(memberId).orElseThrow()).getFullName();
        long earlier = travel.checkIns(delegationId).stream().filter(c -> c.getMemberId().equals(memberId)).count();
        form.put(DelegationVariables.DELEGATION,
                variables.json(TripSummary.of(delegation, delegations.programmeOf(delegation), texts)));
        form.put(DelegationVariables.MEMBER, variables.json(new Intern(fullName, (int) earlier + 1)));
    }
}
