package org.safar.delegation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safar.delegation.internal.DelegationRepository;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeService;
import org.springframework.stereotype.Component;

/**
 * What tells one task from the others in a list of the same tasks: its delegation's reference and title,
 * the host country and the trip's dates, e.g. "SAF-2027-0042 · Digital government · Estonia · 12 Mar 2027 –
 * 20 Mar 2027", with the country and the dates in the reader's language. Read from Safar's records when
 * the list is shown, so a task shows the delegation as it is now (a programme chosen after the task was
 * made, dates changed for the embassy), never from the task's variables.
 */
@Component
public class TaskHeadlines {

    static final String SEPARATOR = " · ";

    private final TaskSubjects subjects;
    private final DelegationRepository delegations;
    private final ProgrammeService programmes;

    TaskHeadlines(TaskSubjects subjects, DelegationRepository delegations, ProgrammeService programmes) {
        this.subjects = subjects;
        this.delegations = delegations;
        this.programmes = programmes;
    }

    /** The headline of each task that is about a delegation; tasks about none are left out. */
    public Map<String, String> of(Collection<String> taskIds, Locale language) {
        Map<String, TaskSubject> subjectOf = subjects.findAll(taskIds);
        Map<Long, Delegation> delegationOf = delegations.findAllById(subjectOf.values().stream()
                        .map(TaskSubject::delegationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Delegation::getId, Function.identity()));
        Map<Long, Programme> programmeOf = new HashMap<>();
        Map<String, String> headlines = new HashMap<>();
        subjectOf.forEach((taskId, subject) -> {
            Delegation delegation = delegationOf.get(subject.delegationId());
            Programme programme = delegation.getProgrammeId() == null ? null
                    : programmeOf.computeIfAbsent(delegation.getProgrammeId(), programmes::get);
            headlines.put(taskId, headline(delegation, programme, language));
        });
        return headlines;
    }

    /** A delegation whose programme is not chosen yet (a draft opened in Tasklist) is its reference and title. */
    static String headline(Delegation delegation, Programme programme, Locale language) {
        String headline = delegation.getReferenceAndTitle();
        if (programme == null) {
            return headline;
        }
        return headline + SEPARATOR + country(programme.getHostCountry(), language)
                + SEPARATOR + dates(delegation.getDepartureDate(), delegation.getReturnDate(), language);
    }

    private static String country(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }

    private static String dates(LocalDate from, LocalDate to, Locale language) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        return format.format(from) + " – " + format.format(to);
    }
}
