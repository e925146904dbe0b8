package org.safar.travel;

/** How an intern says they are doing at a monthly check-in. */
public enum Wellbeing {
    WELL,
    SOME_DIFFICULTIES,
    NEEDS_HELP
}
