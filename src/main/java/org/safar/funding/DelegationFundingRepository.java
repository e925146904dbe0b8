package org.safar.funding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationFundingRepository extends JpaRepository<DelegationFunding, Long> {

    Optional<DelegationFunding> findByDelegationId(Long delegationId);
}
