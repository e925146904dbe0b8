package org.safar.embassy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HostConfirmationRepository extends JpaRepository<HostConfirmation, Long> {

    Optional<HostConfirmation> findByDelegationIdAndReference(Long delegationId, String reference);

    List<HostConfirmation> findByDelegationIdOrderByConfirmedAt(Long delegationId);
}
