package org.safar.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    @Query("""
            select d from Delegation d left join d.programme p
            where (:stage is null or d.stage = :stage)
              and (:hostCountry is null or p.hostCountry = :hostCountry)
              and (:programmeId is null or p.id = :programmeId)
            order by d.openedAt desc""")
    List<Delegation> filter(@Param("stage") Stage stage, @Param("hostCountry") String hostCountry,
            @Param("programmeId") Long programmeId);

    /** Approved delegations of another group that take this staff member abroad during the given days. */
    @Query("""
            select count(d) from Delegation d join d.members m join d.programme p
            where m.staff.id = :staffId and d.id <> :excluded and d.stage in :approvedStages
              and p.startDate <= :until and p.endDate >= :from""")
    long countApprovedOverlapping(@Param("staffId") Long staffId, @Param("excluded") Long excludedDelegationId,
            @Param("from") LocalDate from, @Param("until") LocalDate until,
            @Param("approvedStages") Collection<Stage> approvedStages);
}
