package org.safar.delegation;

import java.util.EnumSet;
import java.util.Set;

/** Where a delegation stands in its lifecycle; the open stages are the call activities of {@code delegation.bpmn}. */
public enum Stage {
    NOMINATION,
    VETTING,
    /** Vetted and approved; embassy coordination is the next stage. */
    APPROVED,
    /** The officer withdrew the delegation. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == NOMINATION || this == VETTING;
    }

    /** The stages in which a delegation counts as an approved trip of its members. */
    public static Set<Stage> approved() {
        return EnumSet.of(APPROVED);
    }
}
