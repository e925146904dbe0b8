package org.safar.travel.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TravelTicketRepository extends JpaRepository<TravelTicket, Long> {

    List<TravelTicket> findByDelegationIdOrderByMemberId(Long delegationId);

    Optional<TravelTicket> findByDelegationIdAndMemberId(Long delegationId, Long memberId);
}
