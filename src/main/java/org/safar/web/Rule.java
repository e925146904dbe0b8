package org.safar.web;

/**
 * The names of the rules a request can break, one name per rule whichever endpoint checks it, so that
 * a client can rely on them. What each says to a person is in {@code i18n/api*.properties}.
 */
public final class Rule {

    /** The field a violation of the body as a whole names. */
    public static final String BODY = "body";

    /** A value must be given (and, for text, not blank; for a list, not empty). */
    public static final String REQUIRED = "required";
    /** The JSON value has the wrong type for the field: text for a number, a fraction for a whole number, ... */
    public static final String TYPE = "type";
    /** The value must be one of a fixed set, which the message lists. */
    public static final String ONE_OF = "oneOf";
    /** The body is not JSON. */
    public static final String JSON = "json";
    /** The same key twice in one object. */
    public static final String DUPLICATE_KEY = "duplicateKey";
    /** A key the request does not have. */
    public static final String UNKNOWN_FIELD = "unknownField";
    public static final String MAX_LENGTH = "maxLength";
    public static final String MAX_ITEMS = "maxItems";
    /** A number outside its bounds. */
    public static final String RANGE = "range";
    /** A sum with too many digits before or after the decimal point. */
    public static final String DIGITS = "digits";
    /** Text that does not have the expected form, such as a country code. */
    public static final String PATTERN = "pattern";
    public static final String PLAIN_TEXT = "plainText";
    /** A date that must not be in the future (a service start). */
    public static final String NOT_IN_FUTURE = "notInFuture";
    /** A date that must be in the past (a trip already made). */
    public static final String IN_PAST = "inPast";
    /** A date that must not be in the past (a programme still to come). */
    public static final String NOT_IN_PAST = "notInPast";
    /** An end before its start. */
    public static final String ORDER = "order";
    /** Two fields given together or not at all. */
    public static final String TOGETHER = "together";
    /** A value that must not repeat, in the request or in what Safar holds. */
    public static final String UNIQUE = "unique";
    /** The size of a group, within what the programme's kind allows. */
    public static final String GROUP_SIZE = "groupSize";
    /** The length of a programme, within what its kind allows. */
    public static final String DURATION = "duration";
    /** A departure that leaves the embassy of the host country its lead time to answer. */
    public static final String LEAD_TIME = "leadTime";
    public static final String DONOR_COVERAGE = "donorCoverage";
    /** What was spent of a budget line, within its allocation. */
    public static final String WITHIN_ALLOCATION = "withinAllocation";

    private Rule() {
    }
}
