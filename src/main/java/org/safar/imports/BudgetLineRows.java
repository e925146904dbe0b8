package org.safar.imports;

import java.util.HashMap;
import java.util.Map;
import org.safar.funding.BudgetLineService;
import org.safar.funding.NewBudgetLine;
import org.safar.identity.CurrentUser;
import org.safar.identity.SafarGroups;
import org.safar.web.ConflictException;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.springframework.stereotype.Component;

/** Budget lines from a file: finance opens them, and an administrator filling a new installation. */
@Component
class BudgetLineRows implements Importer<NewBudgetLine> {

    private final BudgetLineService lines;
    private final CurrentUser currentUser;

    BudgetLineRows(BudgetLineService lines, CurrentUser currentUser) {
        this.lines = lines;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return "budget-lines";
    }

    @Override
    public Class<NewBudgetLine> requestType() {
        return NewBudgetLine.class;
    }

    @Override
    public void checkCaller() {
        currentUser.requireAnyOf("importBudgetLines", SafarGroups.FINANCE, SafarGroups.ADMINS);
    }

    @Override
    public Map<String, Object> uniqueValues(NewBudgetLine request) {
        Map<String, Object> unique = new HashMap<>();
        unique.put("code", request.code().strip());
        return unique;
    }

    /** A code taken already is the API's 409; in a file it is a refused row like any other rule. */
    @Override
    public Long store(NewBudgetLine request) {
        try {
            return lines.create(request);
        } catch (ConflictException taken) {
            throw new InvalidRequestException("code", Rule.UNIQUE, taken.getMessage());
        }
    }
}
