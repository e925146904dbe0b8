package org.safar.travel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByDelegationIdOrderByRecordedAt(Long delegationId);
}
