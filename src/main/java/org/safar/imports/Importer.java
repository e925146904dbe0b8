package org.safar.imports;

import java.util.List;
import java.util.Map;

/**
 * One kind of file Safar imports, a row per request of the API: the request record that a row is read
 * into, who may import the kind, and the service call that stores a row with the same rules as the API.
 */
interface Importer<R extends Record> {

    /** The kind as the import's path names it: {@code staff}, {@code programmes}, {@code budget-lines}. */
    String kind();

    Class<R> requestType();

    /** Refuses a caller who may not import this kind, naming what only some groups do. */
    void checkCaller();

    /**
     * Values that no two rows of one file may share, under the field that holds them; a null value is
     * none. The database keeps them apart from what it holds already, by the service's own rules.
     */
    Map<String, Object> uniqueValues(R request);

    /** Stores a row through the API's service, or refuses it with an {@code InvalidRequestException}. */
    Long store(R request);

    /** What the person importing should know about a row that is no reason to refuse it. */
    default List<RowNote> notes(int row, R request) {
        return List.of();
    }
}
