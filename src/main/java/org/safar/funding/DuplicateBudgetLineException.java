package org.safar.funding;

/** A budget line with this code exists already; answered with 409. */
class DuplicateBudgetLineException extends RuntimeException {

    DuplicateBudgetLineException(String code) {
        super("A budget line with the code " + code + " exists already");
    }
}
