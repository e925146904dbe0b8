package org.safar.delegation;

import java.util.EnumSet;
import java.util.Set;

/** Where a delegation stands in its lifecycle; the open stages are the call activities of {@code delegation.bpmn}. */
public enum Stage {
    NOMINATION,
    VETTING,
    EMBASSY,
    FUNDING,
    TRAVEL,
    DEBRIEFING,
    /** Debriefed and followed up: the lifecycle is over. */
    COMPLETED,
    /** The officer withdrew the delegation during nomination. */
    WITHDRAWN,
    /** The host declined to receive the delegation. */
    DECLINED,
    /** Finance refused the funding. */
    REFUSED,
    /** An officer cancelled the delegation. */
    CANCELLED;

    private static final Set<Stage> OPEN = EnumSet.of(NOMINATION, VETTING, EMBASSY, FUNDING, TRAVEL, DEBRIEFING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The stages in which the lifecycle still runs. */
    public static Set<Stage> open() {
        return EnumSet.copyOf(OPEN);
    }

    /** The stages in which a delegation counts as an approved trip of its members. */
    public static Set<Stage> approved() {
        return EnumSet.of(EMBASSY, FUNDING, TRAVEL, DEBRIEFING, COMPLETED);
    }
}
