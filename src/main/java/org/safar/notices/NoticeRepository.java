package org.safar.notices;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    boolean existsByEventKey(String eventKey);

    boolean existsByEventKeyAndRecipient(String eventKey, String recipient);

    List<Notice> findByRecipientOrderById(String recipient);

    /** Notices not sent yet that nobody is sending now, oldest first. */
    @Query("""
            select n from Notice n
            where n.sentAt is null and n.attempts < :maxAttempts and (n.claimedUntil is null or n.claimedUntil < :now)
            order by n.id""")
    List<Notice> findSendable(@Param("now") Instant now, @Param("maxAttempts") int maxAttempts, Pageable page);

    /**
     * Takes a notice for sending until the given moment. The condition makes one node win when several
     * try at once.
     *
     * @return 1 if this call took it, 0 if it was sent or taken meanwhile
     */
    @Transactional
    @Modifying
    @Query("""
            update Notice n set n.claimedUntil = :until, n.attempts = n.attempts + 1
            where n.id = :id and n.sentAt is null and (n.claimedUntil is null or n.claimedUntil < :now)""")
    int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

    @Transactional
    @Modifying
    @Query("update Notice n set n.sentAt = :at, n.claimedUntil = null, n.lastError = null where n.id = :id")
    int sent(@Param("id") Long id, @Param("at") Instant at);

    /** Leaves a notice that could not be sent to be tried again after the given moment. */
    @Transactional
    @Modifying
    @Query("update Notice n set n.claimedUntil = :retryAfter, n.lastError = :error where n.id = :id")
    int failed(@Param("id") Long id, @Param("error") String error, @Param("retryAfter") Instant retryAfter);
}
