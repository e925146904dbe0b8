package org.safar.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.safar.identity.AccessSetup;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ApiMessages;
import org.safar.web.NotFoundException;
import org.safar.web.Rule;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessSetup access;

    ProgrammeService(ProgrammeRepository programmes, CurrentUser currentUser, Clock clock, AccessSetup access) {
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.access = access;
    }

    public List<Programme> all() {
        return programmes.findAllByOrderByStartDateAsc();
    }

    public Programme get(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    /** Whether a programme of this title (in any case) starts on this day already: an import's duplicate. */
    public boolean offers(String title, LocalDate startDate) {
        return programmes.existsByTitleIgnoreCaseAndStartDate(title.strip(), startDate);
    }

    @Transactional
    public Programme create(NewProgramme request) {
        currentUser.requireAnyOf("addProgrammes", SafarGroups.OFFICERS, SafarGroups.ADMINS);
        validate(request);
        Programme programme = new Programme(request.title().strip(), request.kind(), request.hostCountry(),
                request.hostInstitution().strip(), request.startDate(), request.endDate(), request.seats())
                .fundedBy(request.fundingSource(), request.donorCoversAirfare(), request.donorCoversLodging(),
                        request.donorCoversDailyAllowance())
                .requiring(request.requiredLanguage(), request.requiredLanguageLevel())
                .withAirfareEstimate(request.airfareEstimateUsd())
                .describedAs(request.description());
        Programme saved = programmes.save(programme);
        // Embassy coordination sends the host country's liaisons a task: their group must exist and work in Tasklist.
        access.openEmbassy(saved.getHostCountry());
        return saved;
    }

    /**
     * Checks on {@code field} that a trip from {@code first} to {@code last}, both days included, is as long
     * as the kind allows (docs/RULES.md), a refusal saying the kind's rule: for a programme's dates and for
     * a delegation's own, when they are moved.
     */
    public Violations checkLength(Violations violations, ProgrammeKind kind, String field, LocalDate first,
            LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        String kindName = ApiMessages.text("kind." + kind.name());
        return violations.check(days >= kind.minDays() && days <= kind.maxDays(), field, Rule.DURATION,
                kind.minDays() <= 1
                        ? ApiMessages.text("duration.atMost", kindName, kind.maxDays(), days)
                        : ApiMessages.text("duration", kindName, kind.minDays(), kind.maxDays(), days));
    }

    /**
     * The rules that span several fields or need today's date; single-field rules are on
     * {@link NewProgramme}. Each kind's bounds on length and group size are docs/RULES.md's, and a refusal
     * says the kind's rule, not only the number that broke it.
     */
    private void validate(NewProgramme request) {
        LocalDate today = LocalDate.now(clock);
        ProgrammeKind kind = request.kind();
        boolean ordered = !request.endDate().isBefore(request.startDate());
        Violations violations = new Violations()
                .check(!request.startDate().isBefore(today), "startDate", Rule.NOT_IN_PAST,
                        ApiMessages.text("notInPast"))
                .check(ordered, "endDate", Rule.ORDER, ApiMessages.text("order.startDate"));
        if (ordered) {
            checkLength(violations, kind, "endDate", request.startDate(), request.endDate());
        }
        violations
                .check(request.seats() >= kind.minGroup() && request.seats() <= kind.maxGroup(), "seats",
                        Rule.GROUP_SIZE, groupRule(kind))
                .check((request.requiredLanguage() == null) == (request.requiredLanguageLevel() == null),
                        "requiredLanguageLevel", Rule.TOGETHER, ApiMessages.text("together.language"))
                .check(!Programme.OWN_BUDGET.equals(request.fundingSource())
                                || !(request.donorCoversAirfare() || request.donorCoversLodging()
                                || request.donorCoversDailyAllowance()),
                        "fundingSource", Rule.DONOR_COVERAGE, ApiMessages.text("donorCoverage"))
                .throwIfAny();
    }

    /** The kind's rule on the size of its groups, as a person says it: "a short course sends 10–15 people". */
    public static String groupRule(ProgrammeKind kind) {
        return groupRule(kind, ApiMessages.language());
    }

    /** The kind's rule on the size of its groups in a given language. */
    public static String groupRule(ProgrammeKind kind, Locale language) {
        String kindName = ApiMessages.text(language, "kind." + kind.name());
        if (kind.maxGroup() == Integer.MAX_VALUE) {
            return ApiMessages.text(language, "groupSize.atLeast", kindName, kind.minGroup());
        }
        return ApiMessages.text(language, "groupSize.between", kindName, kind.minGroup(), kind.maxGroup());
    }
}
