package org.safar.embassy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationService;
import org.safar.delegation.DelegationVariables;
import org.safar.embassy.internal.EmbassyRequest;
import org.safar.i18n.GeneratedTexts;
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
    private final GeneratedTexts texts;

    EmbassyForms(DelegationService delegations, EmbassyService embassy, FormVariables variables,
            GeneratedTexts texts) {
        this.texts = texts;
        this.delegations = delegations;
        this.embassy = embassy;
        this.variables = variables;
    }

    record DelegationSummary(String title, String programme, String hostInstitution, String hostCountry,
            String dates, int days, String nominatedBy, int members) {
    }

    /** The embassy needs the passport to issue a visa support letter. */
    record MemberRow(String fullName, String position, String organisation, String passport, String passportExpiry) {
    }

    record RequestSummary(int round, int leadTimeDays, String requestedOn, String dueOn, String liaisonGroup) {
    }

    record EarlierRequest(int round, String requestedOn, String datesAsked, String answer, String answeredBy,
            String asked, String revision) {
    }

    /** What the embassy asked, and the first departure a new request still leaves it time for. */
    record ChangeRequest(int round, String kind, String reason, String askedBy, String askedOn,
            String earliestDeparture) {
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
                request.getLeadTimeDays(), texts.day(request.getRequestedAt()), texts.day(request.getDueAt()),
                texts.group(request.getLiaisonGroup()))));
        showEarlierRequests(form, delegationId);
    }

    /**
     * What the embassy asked to change, beside the delegation and the rounds before; the delegation's dates
     * and its members as the fields that change them start from.
     */
    @Transactional(readOnly = true)
    public void showRevision(VariableMap form, Long delegationId) {
        EmbassyRequest asked = embassy.latest(delegationId).orElseThrow();
        showDelegation(form, delegationId);
        form.put(EmbassyVariables.CHANGE_REQUEST, variables.json(new ChangeRequest(asked.getRound(),
                texts.code("changeKind", asked.getChangeKind()), asked.getChangeReason(),
                texts.person(asked.getAnsweredBy()), texts.day(asked.getAnsweredAt()),
                texts.date(embassy.earliestDeparture(delegationId)))));
        showEarlierRequests(form, delegationId);
        Delegation delegation = delegations.get(delegationId);
        form.put(DelegationVariables.DEPARTURE_DATE, delegation.getDepartureDate().toString());
        form.put(DelegationVariables.RETURN_DATE, delegation.getReturnDate().toString());
        form.put(DelegationVariables.MEMBER_OPTIONS, variables.json(delegations.memberOptions(delegation)));
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
                texts.day(request.getRequestedAt()), texts.day(request.getDueAt()),
                Duration.between(request.getRequestedAt(), raised).toDays(),
                request.getLeadTimeDays(), texts.group(request.getLiaisonGroup()))));
        form.put(EmbassyVariables.FOLLOW_UPS, variables.json(request.getFollowUps().stream()
                .map(f -> new FollowUpRow(texts.code("followUp", f.getKind()), texts.person(f.getDoneBy()),
                        texts.day(f.getDoneAt()), f.getNote() == null ? "" : f.getNote()))
                .toList()));
    }

    private void showDelegation(VariableMap form, Long delegationId) {
        Delegation delegation = delegations.get(delegationId);
        form.put(DelegationVariables.DELEGATION,
                variables.json(summary(delegation, delegations.programmeOf(delegation))));
        form.put(DelegationVariables.MEMBERS, variables.json(delegation.getActiveMembers().stream()
                .map(m -> memberRow(delegations.staffOf(m))).toList()));
    }

    private DelegationSummary summary(Delegation d, Programme p) {
        return new DelegationSummary(d.getTitle(), p.getTitle(), p.getHostInstitution(), p.getHostCountry(),
                texts.dates(d.getDepartureDate(), d.getReturnDate()), d.days(), texts.person(d.getNominatedBy()),
                d.getActiveMembers().size());
    }

    private MemberRow memberRow(StaffMember s) {
        return new MemberRow(s.getFullName(), s.getPosition(), s.getOrganisation(),
                s.getPassportNumber() == null ? texts.text("passport.none") : s.getPassportNumber(),
                s.getPassportExpiry() == null ? "—" : texts.date(s.getPassportExpiry()));
    }

    private void showEarlierRequests(VariableMap form, Long delegationId) {
        List<EarlierRequest> answered = embassy.requests(delegationId).stream()
                .filter(r -> !r.isOpen())
                .map(r -> new EarlierRequest(r.getRound(), texts.day(r.getRequestedAt()),
                        r.getDepartureDate() == null ? "" : texts.dates(r.getDepartureDate(), r.getReturnDate()),
                        texts.code("answer", r.getAnswer()), texts.person(r.getAnsweredBy()),
                        r.getChangeKind() == null ? "" : texts.text("changeAsked",
                                texts.code("changeKind", r.getChangeKind()), r.getChangeReason()),
                        r.getRevision() == null ? "" : r.getRevision()))
                .toList();
        form.put(EmbassyVariables.EARLIER_REQUESTS, variables.json(answered));
    }

}
