package org.safar.funding;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.funding.internal.BudgetReservation;
import org.safar.funding.internal.BudgetReservationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves money between a line's free part and its reservations. Every change is one conditional
 * update, so that it holds when two delegations reserve, or two callers release, at the same time.
 */
@Component
@Transactional
class BudgetLedger {

    private final BudgetLineRepository lines;
    private final BudgetReservationRepository reservations;
    private final EntityManager entities;
    private final Clock clock;

    BudgetLedger(BudgetLineRepository lines, BudgetReservationRepository reservations, EntityManager entities,
            Clock clock) {
        this.lines = lines;
        this.reservations = reservations;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Holds the amount on the line for the delegation.
     *
     * @return the reservation, or nothing if the line has less than the amount left
     */
    Optional<BudgetReservation> reserve(BudgetLine line, Long delegationId, BigDecimal amount) {
        boolean reserved = lines.reserve(line.getId(), amount) == 1;
        showCurrent(line);
        if (!reserved) {
            return Optional.empty();
        }
        return Optional.of(reservations.save(new BudgetReservation(line, delegationId, amount, Instant.now(clock))));
    }

    /**
     * Gives back to their lines whatever is still held for the delegation; what was already released
     * stays as it is.
     *
     * @return how many reservations this call released
     */
    int releaseHeld(Long delegationId, ReleaseCause cause) {
        int released = 0;
        for (BudgetReservation held : reservations.findByDelegationIdAndStatus(delegationId, ReservationStatus.HELD)) {
            if (reservations.release(held.getId(), Instant.now(clock), cause) == 1) {
                if (lines.release(held.getLine().getId(), held.getAmount()) != 1) {
                    throw new IllegalStateException("Budget line " + held.getLine().getCode() + " holds less than the "
                            + held.getAmount() + " USD reserved for delegation " + delegationId);
                }
                released++;
            }
            showCurrent(held);
            showCurrent(held.getLine());
        }
        return released;
    }

    /** The updates went past the persistence context: what it holds is reread, for the forms that follow. */
    private void showCurrent(Object entity) {
        if (entities.contains(entity)) {
            entities.refresh(entity);
        }
    }
}
