package org.safar.funding;

import org.safar.web.ApiMessages;

/** A budget line with this code exists already; answered with 409. */
class DuplicateBudgetLineException extends RuntimeException {

    DuplicateBudgetLineException(String code) {
        super(ApiMessages.text("conflict.budgetLineCode", code));
    }
}
