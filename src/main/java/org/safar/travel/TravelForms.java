package org.safar.travel;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the forms "Record tickets and visas" and "Monthly check-in" show and prefill. */
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

    /** A row of the tickets list: who (read-only) and what the officer fills in. */
    record TicketRow(Long memberId, String fullName, String flight, String ticketNumber, String visa,
            String visaNumber) {
    }

    record Intern(String fullName, int checkIn) {
    }

    @Transactional(readOnly = true)
    public void fillTickets(DelegateTask task, Long delegationId) {
        task.setVariableLocal(TravelVariables.DELEGATION,
                variables.json(TripSummary.of(delegations.get(delegationId))));
        task.setVariableLocal(TravelVariables.TICKETS, ticketRows(delegationId));
    }

    /** One row per member still in the group, with what was booked for them before, if anything. */
    @Transactional(readOnly = true)
    public TypedValue ticketRows(Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        Map<Long, TravelTicket> booked = travel.tickets(delegationId).stream()
                .collect(Collectors.toMap(TravelTicket::getMemberId, Function.identity()));
        return variables.json(delegation.getActiveMembers().stream()
                .map(member -> {
                    TravelTicket ticket = booked.get(member.getId());
                    return ticket == null
                            ? new TicketRow(member.getId(), member.getStaff().getFullName(), null, null, null, null)
                            : new TicketRow(member.getId(), member.getStaff().getFullName(), ticket.getFlight(),
                                    ticket.getTicketNumber(), ticket.isVisaRequired() ? TravelVariables.VISA_ISSUED
                                            : TravelVariables.VISA_NOT_REQUIRED, ticket.getVisaNumber());
                })
                .toList());
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
