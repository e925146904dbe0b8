package org.safar.web;

import java.util.Set;

/**
 * One request of the bad-input corpus and the answers that refuse it: 400 for a body the rules refuse,
 * 404 too where an id names nothing, 415 for a body that is not JSON by its type, 406 for an answer
 * the caller cannot take.
 */
record BadPayload(String name, String method, String path, String contentType, String accept, byte[] body,
        Set<Integer> refusedWith) {

    static final String JSON = "application/json";
    static final Set<Integer> BAD_REQUEST = Set.of(400);
    static final Set<Integer> BAD_OR_NOT_FOUND = Set.of(400, 404);
    static final Set<Integer> UNSUPPORTED_TYPE = Set.of(415);
    static final Set<Integer> NOT_ACCEPTABLE = Set.of(406);

    @Override
    public String toString() {
        return name;
    }
}
