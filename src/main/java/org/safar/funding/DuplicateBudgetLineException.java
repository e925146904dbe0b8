package org.safar.funding;

import org.safar.web.ApiMessages;
import org.safar.web.ConflictException;

/** A budget line with this code exists already; answered with 409, or as a refused row of an import. */
class DuplicateBudgetLineException extends ConflictException {

    DuplicateBudgetLineException(String code) {
        super(ApiMessages.text("title.budgetLineExists"), ApiMessages.text("conflict.budgetLineCode", code));
    }
}
