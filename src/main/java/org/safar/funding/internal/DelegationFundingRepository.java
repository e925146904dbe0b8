package org.safar.funding.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationFundingRepository extends JpaRepository<DelegationFunding, Long> {

    Optional<DelegationFunding> findByDelegationId(Long delegationId);
}
