package org.safar.web;

import java.util.List;

/** A request that breaks business rules; answered with 400 and every rule it broke. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).reduce((a, b) -> a + "; " + b).orElse("Invalid request"));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
