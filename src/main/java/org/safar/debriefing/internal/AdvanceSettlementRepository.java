package org.safar.debriefing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvanceSettlementRepository extends JpaRepository<AdvanceSettlement, Long> {

    List<AdvanceSettlement> findByDelegationIdOrderByMemberId(Long delegationId);

    Optional<AdvanceSettlement> findByDelegationIdAndMemberId(Long delegationId, Long memberId);
}
