package org.safar.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Camunda groups of docs/RULES.md; candidate groups in the BPMN and DMN use these ids. */
public final class SafarGroups {

    public static final String OFFICERS = "officers";
    public static final String HR_VETTING = "hr-vetting";
    public static final String DEPT_HEADS = "dept-heads";
    public static final String AGENCY_DIRECTORS = "agency-directors";
    public static final String FINANCE = "finance";
    public static final String PARTICIPANTS = "participants";
    public static final String EMBASSY_PREFIX = "embassy-";
    /** Camunda's administrators: Cockpit, Admin, deployments. */
    public static final String ADMINS = "camunda-admin";

    /**
     * Groups that decide on a delegation (clear, approve, fund, settle, review): their tasks may not be
     * worked by anyone who nominated or belongs to it.
     */
    public static final Set<String> DECIDING = Set.of(HR_VETTING, DEPT_HEADS, AGENCY_DIRECTORS, FINANCE);

    /** Host countries whose embassy liaisons have a group from the start; others are added as programmes need. */
    public static final List<String> EMBASSY_COUNTRIES = List.of("JP", "KR", "DE", "KZ", "MN");

    private SafarGroups() {
    }

    public static String embassy(String countryCode) {
        return EMBASSY_PREFIX + countryCode;
    }

    /** The host country whose embassy liaisons this group holds, if it is an embassy group. */
    public static Optional<String> embassyCountry(String groupId) {
        return groupId.startsWith(EMBASSY_PREFIX)
                ? Optional.of(groupId.substring(EMBASSY_PREFIX.length()))
                : Optional.empty();
    }
}
