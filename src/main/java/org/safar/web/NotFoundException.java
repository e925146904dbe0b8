package org.safar.web;

/** A reference to something that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    /**
     * @param thing what was looked for, as the key {@code notFound.<thing>} of {@code i18n/api*.properties}
     *     names it: {@code delegation}, {@code member}, {@code staffMember}, ...
     */
    public NotFoundException(String thing, Object id) {
        super(ApiMessages.text("notFound." + thing, String.valueOf(id)));
    }
}
