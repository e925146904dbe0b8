package org.safar.delegation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.safar.delegation.Delegation;
import org.safar.delegation.DelegationMember;
import org.safar.delegation.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    /**
     * The delegations a caller may see (see {@link DelegationAccess}): all of them, those to the host
     * countries of their embassy groups, those they are a member of, and those they or their groups
     * have had work on.
     */
    @Query("""
            select d from Delegation d left join Programme p on p.id = d.programmeId
            where (:stage is null or d.stage = :stage)
              and (:hostCountry is null or p.hostCountry = :hostCountry)
              and (:programmeId is null or p.id = :programmeId)
              and (:all = true
                   or p.hostCountry in :countries
                   or exists (select m from DelegationMember m join StaffMember s on s.id = m.staffId
                             where m.delegation = d and s.username = :userId)
                   or exists (select x from DelegationParty x where x.key.delegationId = d.id and x.key.party in :parties))
            order by d.openedAt desc""")
    List<Delegation> filterVisible(@Param("stage") Stage stage, @Param("hostCountry") String hostCountry,
            @Param("programmeId") Long programmeId, @Param("all") boolean all,
            @Param("countries") Collection<String> countries, @Param("userId") String userId,
            @Param("parties") Collection<String> parties);

    @Query("""
            select count(d) > 0 from Delegation d left join Programme p on p.id = d.programmeId
            where d.id = :id
              and (:all = true
                   or p.hostCountry in :countries
                   or exists (select m from DelegationMember m join StaffMember s on s.id = m.staffId
                             where m.delegation = d and s.username = :userId)
                   or exists (select x from DelegationParty x where x.key.delegationId = d.id and x.key.party in :parties))""")
    boolean isVisible(@Param("id") Long id, @Param("all") boolean all,
            @Param("countries") Collection<String> countries, @Param("userId") String userId,
            @Param("parties") Collection<String> parties);

    /** The delegations in these stages, in the order they were opened: what "Change a delegation" offers. */
    @Query("select d from Delegation d where d.stage in :stages order by d.id")
    List<Delegation> findInStages(@Param("stages") Collection<Stage> stages);

    /** Approved delegations of another group that take this staff member abroad during the given days. */
    @Query("""
            select count(d) from Delegation d join d.members m
            where m.staffId = :staffId and d.id <> :excluded and d.stage in :approvedStages
              and d.departureDate <= :until and d.returnDate >= :from""")
    long countApprovedOverlapping(@Param("staffId") Long staffId, @Param("excluded") Long excludedDelegationId,
            @Param("from") LocalDate from, @Param("until") LocalDate until,
            @Param("approvedStages") Collection<Stage> approvedStages);
}
