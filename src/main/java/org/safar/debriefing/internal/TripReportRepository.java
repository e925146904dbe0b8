package org.safar.debriefing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TripReportRepository extends JpaRepository<TripReport, Long> {

    Optional<TripReport> findByDelegationIdAndMemberId(Long delegationId, Long memberId);

    List<TripReport> findByDelegationIdOrderByMemberId(Long delegationId);
}
