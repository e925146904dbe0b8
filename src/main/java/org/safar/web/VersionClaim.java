package org.safar.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims an entity for a change by raising its version in the database now, not at commit. Of two
 * changes at the same moment, the one that read the older version fails here, before the engine is
 * touched, and {@link SameMomentRetry} runs it again to find the other's result; without the claim it
 * would fail half-way through the engine, or not at all, when the two change different rows of the same
 * delegation. The second waits on the first's row lock until that one commits or rolls back.
 * A repository, so that Spring names the failure in its own terms (an optimistic-locking failure).
 */
@Repository
public class VersionClaim {

    private final EntityManager entityManager;

    VersionClaim(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param entity a versioned entity read in the current transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(Object entity) {
        // Hibernate raises the version with an update that checks the version read: no select for update.
        entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
