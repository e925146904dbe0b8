package org.safar.web;

/** The request is well formed but does not fit the state things are in; answered with 409. */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
