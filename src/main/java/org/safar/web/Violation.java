package org.safar.web;

/** One broken rule of a request: which field, which rule, and what a person should do about it. */
public record Violation(String field, String rule, String message) {
}
