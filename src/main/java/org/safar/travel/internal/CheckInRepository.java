package org.safar.travel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByDelegationIdOrderByRecordedAt(Long delegationId);
}
