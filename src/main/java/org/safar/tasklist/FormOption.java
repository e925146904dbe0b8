package org.safar.tasklist;

/** One entry of a select, radio or taglist in a Camunda Form, as form-js reads it from a variable. */
public record FormOption(String label, String value) {
}
