package org.safar.embassy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.embassy.internal.EmbassyRequest;
import org.safar.programme.Programme;
import org.safar.staff.StaffMember;
import org.safar.tasklist.FormVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-only context that the forms of embassy coordination show beside what is asked. */
@Component
public class EmbassyForms {

    private final DelegationService delegations;
    private final EmbassyService embassy;
    private final FormVariables variables;
    private final Clock clock;

    EmbassyForms(DelegationService delegations, EmbassyService embassy, FormVariables variables, Clock clock) {
        this.delegations = delegations;
        this.embassy = embassy;
        this.variables = variables;
        this.clock = clock;
    }

    record DelegationSummary(String title, String programme, String hostInstitution, String hostCountry,
            String dates, int days, String nominatedBy, int members) {

        static DelegationSummary of(Delegation d, Programme p) {
            return new DelegationSummary(d.getTitle(), p.getTitle(), p.getHostInstitution(), p.getHostCountry(),
                    d.dates(), d.days(), d.getNominatedBy(),
                    d.getActiveMembers().size());
        }
    }

    /** The embassy needs the passport to issue a visa support letter. */
    record MemberRow(String fullName, String position, String organisation, String passport, String passportExpiry) {

        static MemberRow of(StaffMember s) {
            return new MemberRow(s.getFullName(), s.getPosition(), s.getOrganisation(),
                    s.getPassportNumber() == null ? "none on record" : s.getPassportNumber(),
                    s.getPassportExpiry() == null ? "—" : s.getPassportExpiry().toString());
        }
    }

    record RequestSummary(int round, int leadTimeDays, String requestedOn, String dueOn, String liaisonGroup) {
    }

    record EarlierRequest(int round, String requestedOn, String answer, String answeredBy, String asked,
            String revision) {
    }

    record ChangeRequest(int round, String kind, String reason, String askedBy, String askedOn) {
    }

    record Waiting(int round, String requestedOn, String dueOn, long daysWaited, int leadTimeDays,
            String liaisonGroup) {
    }

    record FollowUpRow(String kind, String by, String on, String note) {
    }

    /** The delegation, the open request and the rounds answered before. */
    @Transactional(readOnly = true)
    public void showConfirmation(VariableMap form, Long delegationId) {
        EmbassyRequest request = embassy.openRequest(delegationId);
        showDelegation(form, delegationId);
        form.put(EmbassyVariables.REQUEST, variables.json(new RequestSummary(request.getRound(),
                request.getLeadTimeDays(), day(request.getRequestedAt()), day(request.getDueAt()),
                request.getLiaisonGroup())));
        showEarlierRequests(form, delegationId);
    }

    /** What the embassy asked to change, beside the delegation and the rounds before. */
    @Transactional(readOnly = true)
    public void showRevision(VariableMap form, Long delegationId) {
        EmbassyRequest asked = embassy.latest(delegationId).orElseThrow();
        showDelegation(form, delegationId);
        form.put(EmbassyVariables.CHANGE_REQUEST, variables.json(new ChangeRequest(asked.getRound(),
                asked.getChangeKind().label(), asked.getChangeReason(), asked.getAnsweredBy(),
                day(asked.getAnsweredAt()))));
        showEarlierRequests(form, delegationId);
    }

    /**
     * For the reminder and the escalation: how long the embassy had been silent when the timer raised
     * the task ({@code raised}, on the engine's clock that fired it), and the follow-ups so far.
     */
    @Transactional(readOnly = true)
    public void showReminder(VariableMap form, Long delegationId, Instant raised) {
        EmbassyRequest request = embassy.openRequest(delegationId);
        showDelegation(form, delegationId);
        form.put(EmbassyVariables.WAITING, variables.json(new Waiting(request.getRound(),
                day(request.getRequestedAt()), day(request.getDueAt()),
                Duration.between(request.getRequestedAt(), raised).toDays(),
                request.getLeadTimeDays(), request.getLiaisonGroup())));
        form.put(EmbassyVariables.FOLLOW_UPS, variables.json(request.getFollowUps().stream()
                .map(f -> new FollowUpRow(f.getKind() == FollowUpKind.REMINDER ? "Officer reminded" : "Director told",
                        f.getDoneBy(), day(f.getDoneAt()), f.getNote() == null ? "" : f.getNote()))
                .toList()));
    }

    private void showDelegation(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        form.put(DelegationVariables.DELEGATION,
                variables.json(DelegationSummary.of(delegation, delegations.programmeOf(delegation))));
        form.put(DelegationVariables.MEMBERS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> MemberRow.of(delegations.staffOf(m))).toList()));
    }

    private void showEarlierRequests(VariableMap form, Long delegationId) {
        List<EarlierRequest> answered = embassy.requests(delegationId).stream()
                .filter(r -> !r.isOpen())
                .map(r -> new EarlierRequest(r.getRound(), day(r.getRequestedAt()), r.getAnswer().name(),
                        r.getAnsweredBy(), r.getChangeKind() == null ? ""
                                : r.getChangeKind().label() + ": " + r.getChangeReason(),
                        r.getRevision() == null ? "" : r.getRevision()))
                .toList();
        form.put(EmbassyVariables.EARLIER_REQUESTS, variables.json(answered));
    }

    private String day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }
}
