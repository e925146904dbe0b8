package org.safar.programme;

/**
 * The three kinds of offer Safar knows, with the limits that docs/RULES.md sets on their length and on
 * the size of the group that may be sent.
 */
public enum ProgrammeKind {

    /** A study trip of up to 30 days. */
    STUDY_TRIP(1, 30, 1, Integer.MAX_VALUE),
    /** An advanced-training course for a group of 10 to 15. */
    SHORT_COURSE(1, 60, 10, 15),
    /** An internship of 90 to 183 days. */
    LONG_INTERNSHIP(90, 183, 1, Integer.MAX_VALUE);

    private final int minDays;
    private final int maxDays;
    private final int minGroup;
    private final int maxGroup;

    ProgrammeKind(int minDays, int maxDays, int minGroup, int maxGroup) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.minGroup = minGroup;
        this.maxGroup = maxGroup;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public int minGroup() {
        return minGroup;
    }

    /** The largest group the kind allows; a programme's seats may narrow it further. */
    public int maxGroup() {
        return maxGroup;
    }
}
