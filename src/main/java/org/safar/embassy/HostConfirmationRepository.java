package org.safar.embassy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HostConfirmationRepository extends JpaRepository<HostConfirmation, Long> {

    Optional<HostConfirmation> findByDelegationIdAndReference(Long delegationId, String reference);

    List<HostConfirmation> findByDelegationIdOrderByConfirmedAt(Long delegationId);
}
