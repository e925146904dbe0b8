package org.safar.travel;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the forms "Record ticket and visa" and "Monthly check-in" show and prefill. */
@Component
class TravelForms {

    private final DelegationService delegations;
    private final TravelService travel;
    private final FormVariables variables;

    TravelForms(DelegationService delegations, TravelService travel, FormVariables variables) {
        this.delegations = delegations;
        this.travel = travel;
        this.variables = variables;
    }

    /** The member a "Record ticket and visa" is about. */
    record Traveller(String fullName) {
    }

    record Intern(String fullName, int checkIn) {
    }

    /** Who travels; what was booked for them before, if anything, is prefilled. */
    @Transactional(readOnly = true)
    public void fillTicket(DelegateTask task, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegation.member(memberId).orElseThrow().getStaff().getFullName();
        task.setVariableLocal(TravelVariables.DELEGATION, variables.json(TripSummary.of(delegation)));
        task.setVariableLocal(TravelVariables.MEMBER, variables.json(new Traveller(fullName)));
        Optional<TravelTicket> booked = travel.tickets(delegationId).stream()
                .filter(t -> t.getMemberId().equals(memberId)).findFirst();
        if (booked.isPresent()) {
            TravelTicket ticket = booked.get();
            task.setVariableLocal(TravelVariables.FLIGHT, ticket.getFlight());
            task.setVariableLocal(TravelVariables.TICKET_NUMBER, ticket.getTicketNumber());
            task.setVariableLocal(TravelVariables.VISA, ticket.isVisaRequired() ? TravelVariables.VISA_ISSUED
                    : TravelVariables.VISA_NOT_REQUIRED);
            task.setVariableLocal(TravelVariables.VISA_NUMBER, ticket.getVisaNumber());
        } else {
            variables.declareInputs(task, TravelVariables.FLIGHT, TravelVariables.TICKET_NUMBER, TravelVariables.VISA,
                    TravelVariables.VISA_NUMBER);
        }
    }

    @Transactional(readOnly = true)
    public void fillCheckIn(DelegateTask task, Long delegationId, Long memberId) {
        Delegation delegation = delegations.get(delegationId);
        String fullName = delegation.member(memberId).orElseThrow().getStaff().getFullName();
        long earlier = travel.checkIns(delegationId).stream().filter(c -> c.getMemberId().equals(memberId)).count();
        task.setVariableLocal(TravelVariables.DELEGATION, variables.json(TripSummary.of(delegation)));
        task.setVariableLocal(TravelVariables.MEMBER, variables.json(new Intern(fullName, (int) earlier + 1)));
        variables.declareInputs(task, TravelVariables.WELLBEING, TravelVariables.PROGRESS, TravelVariables.ISSUES);
    }
}
