package org.safar.funding.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safar.funding.ReleaseCause;
import org.safar.funding.ReservationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetReservationRepository extends JpaRepository<BudgetReservation, Long> {

    List<BudgetReservation> findByLineIdOrderByReservedAtAscIdAsc(Long lineId);

    List<BudgetReservation> findByDelegationIdAndStatus(Long delegationId, ReservationStatus status);

    Optional<BudgetReservation> findByHeldFor(Long delegationId);

    Optional<BudgetReservation> findFirstByDelegationIdOrderByIdDesc(Long delegationId);

    /**
     * Marks a held reservation released; the condition on the status makes a second release of the
     * same reservation, at once or later, change nothing.
     *
     * @return 1 if this call released it, 0 if it was no longer held
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update BudgetReservation r set r.status = org.safar.funding.ReservationStatus.RELEASED,
                r.heldFor = null, r.releasedAt = :at, r.releaseCause = :cause
            where r.id = :id and r.status = org.safar.funding.ReservationStatus.HELD""")
    int release(@Param("id") Long id, @Param("at") Instant at, @Param("cause") ReleaseCause cause);
}
