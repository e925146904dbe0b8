package org.safar.staff;

/** Civil-service grade bands; a member of {@link #SENIOR} grade brings an agency director into the approval. */
public enum Grade {
    JUNIOR, MIDDLE, SENIOR
}
