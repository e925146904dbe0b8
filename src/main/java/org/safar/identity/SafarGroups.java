package org.safar.identity;

import java.util.List;

/** The Camunda groups of PRODUCT.md; candidate groups in the BPMN and DMN use these ids. */
public final class SafarGroups {

    public static final String OFFICERS = "officers";
    public static final String HR_VETTING = "hr-vetting";
    public static final String DEPT_HEADS = "dept-heads";
    public static final String AGENCY_DIRECTORS = "agency-directors";
    public static final String FINANCE = "finance";
    public static final String PARTICIPANTS = "participants";
    public static final String EMBASSY_PREFIX = "embassy-";

    /** Host countries whose embassy liaisons have a group from the start; others are added as programmes need. */
    public static final List<String> EMBASSY_COUNTRIES = List.of("JP", "KR", "DE", "KZ", "MN");

    private SafarGroups() {
    }

    public static String embassy(String countryCode) {
        return EMBASSY_PREFIX + countryCode;
    }
}
