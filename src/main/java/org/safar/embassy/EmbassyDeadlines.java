package org.safar.embassy;

import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The dates of the open embassy request, for the due date of the embassy's task and the timers of
 * {@code embassy-coordination.bpmn} (public: the engine calls it from expressions).
 */
@Component
public class EmbassyDeadlines {

    private final EmbassyService embassy;

    EmbassyDeadlines(EmbassyService embassy) {
        this.embassy = embassy;
    }

    /** When the embassy's answer is due; past it, the officer is reminded. */
    public Date due(Long delegationId) {
        return Date.from(embassy.openRequest(delegationId).getDueAt());
    }

    /** Twice the lead time after the request: past it, an agency director is told. */
    public Date escalation(Long delegationId) {
        return Date.from(embassy.openRequest(delegationId).getEscalationAt());
    }
}
