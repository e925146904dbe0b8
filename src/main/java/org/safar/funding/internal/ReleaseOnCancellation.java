package org.safar.funding.internal;

import org.safar.delegation.DelegationCancelled;
import org.safar.funding.FundingService;
import org.safar.funding.ReleaseCause;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A delegation cancelled at any stage, funding itself included, gives back what it holds. Runs in the
 * engine's transaction that cancels, so the release and the cancellation commit or fail together;
 * the compensation of {@code delegation.bpmn} that follows then finds nothing left to release.
 */
@Component
class ReleaseOnCancellation {

    private final FundingService funding;

    ReleaseOnCancellation(FundingService funding) {
        this.funding = funding;
    }

    @EventListener
    void on(DelegationCancelled cancelled) {
        funding.release(cancelled.delegationId(), ReleaseCause.DELEGATION_CANCELLED);
    }
}
