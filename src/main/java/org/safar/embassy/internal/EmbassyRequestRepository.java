package org.safar.embassy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmbassyRequestRepository extends JpaRepository<EmbassyRequest, Long> {

    List<EmbassyRequest> findByDelegationIdOrderByRound(Long delegationId);

    Optional<EmbassyRequest> findFirstByDelegationIdOrderByRoundDesc(Long delegationId);

    long countByDelegationId(Long delegationId);
}
