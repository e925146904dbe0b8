package org.safar.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.programme.NewProgramme;
import org.safar.programme.ProgrammeService;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.safar.web.Violation;
import org.springframework.stereotype.Component;

/**
 * Programmes from a file. The API lets an officer offer the same programme twice on purpose; a file
 * imported twice by mistake must not double the catalogue, so a row with the title (in any case) and
 * start date of a programme that exists, or of an earlier row, is refused.
 */
@Component
class ProgrammeRows implements Importer<NewProgramme> {

    private final ProgrammeService programmes;
    private final CurrentUser currentUser;

    ProgrammeRows(ProgrammeService programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return "programmes";
    }

    @Override
    public Class<NewProgramme> requestType() {
        return NewProgramme.class;
    }

    @Override
    public void checkCaller() {
        currentUser.requireAnyOf("importProgrammes", SafarGroups.OFFICERS, SafarGroups.ADMINS);
    }

    @Override
    public Map<String, Object> uniqueValues(NewProgramme request) {
        Map<String, Object> unique = new HashMap<>();
        unique.put("title", List.of(request.title().strip().toLowerCase(Locale.ROOT), request.startDate()));
        return unique;
    }

    /**
     * Looks for an existing programme before storing this one, so that earlier rows of the same file
     * (already stored in the import's transaction) are kept apart by {@link #uniqueValues} instead.
     */
    @Override
    public Long store(NewProgramme request) {
        List<Violation> refused = new ArrayList<>();
        if (programmes.offers(request.title(), request.startDate())) {
            refused.add(new Violation("title", Rule.UNIQUE, ApiMessages.text("import.programmeExists")));
        }
        Long id = null;
        try {
            id = programmes.create(request).getId();
        } catch (InvalidRequestException broken) {
            refused.addAll(broken.violations());
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(refused);
        }
        return id;
    }
}
