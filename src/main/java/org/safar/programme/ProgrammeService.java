package org.safar.programme;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.NotFoundException;
import org.safar.web.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;

    ProgrammeService(ProgrammeRepository programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    public List<Programme> all() {
        return programmes.findAllByOrderByStartDateAsc();
    }

    public Programme get(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    @Transactional
    public Programme create(NewProgramme request) {
        currentUser.requireAnyOf("add programmes", SafarGroups.OFFICERS, SafarGroups.ADMINS);
        validate(request);
        Programme programme = new Programme(request.title().strip(), request.kind(), request.hostCountry(),
                request.hostInstitution().strip(), request.startDate(), request.endDate(), request.seats())
                .fundedBy(request.fundingSource(), request.donorCoversAirfare(), request.donorCoversLodging(),
                        request.donorCoversDailyAllowance())
                .requiring(request.requiredLanguage(), request.requiredLanguageLevel())
                .withAirfareEstimate(request.airfareEstimateUsd())
                .describedAs(request.description());
        return programmes.save(programme);
    }

    /** The rules that span several fields; single-field rules are on {@link NewProgramme}. */
    private static void validate(NewProgramme request) {
        boolean ordered = !request.endDate().isBefore(request.startDate());
        Violations violations = new Violations()
                .check(ordered, "endDate", "afterStartDate", "must not be before the start date");
        if (ordered) {
            long days = ChronoUnit.DAYS.between(request.startDate(), request.endDate()) + 1;
            ProgrammeKind kind = request.kind();
            violations.check(days >= kind.minDays() && days <= kind.maxDays(), "endDate", "duration",
                    "a " + kind + " lasts " + kind.minDays() + "–" + kind.maxDays() + " days, this one " + days);
        }
        violations
                .check(request.seats() >= request.kind().minGroup(), "seats", "groupSize",
                        "a " + request.kind() + " sends at least " + request.kind().minGroup() + " people")
                .check((request.requiredLanguage() == null) == (request.requiredLanguageLevel() == null),
                        "requiredLanguageLevel", "languageWithLevel",
                        "give the required language and its level together, or neither")
                .check(!Programme.OWN_BUDGET.equals(request.fundingSource())
                                || !(request.donorCoversAirfare() || request.donorCoversLodging()
                                || request.donorCoversDailyAllowance()),
                        "fundingSource", "donorCoverage", "an own-budget programme has no donor to cover costs")
                .throwIfAny();
    }
}
