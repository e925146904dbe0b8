package org.safar.web;

import java.util.ArrayList;
import java.util.List;

/** Collects the rules a request breaks, so that all of them are reported at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations check(boolean holds, String field, String rule, String message) {
        if (!holds) {
            found.add(new Violation(field, rule, message));
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
    }
}
