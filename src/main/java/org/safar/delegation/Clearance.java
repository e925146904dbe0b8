package org.safar.delegation;

/** What personnel and security vetting said about one member. */
public enum Clearance {
    PENDING, CLEARED, REFUSED
}
