package org.safar.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<StaffMember, Long> {

    @Query("""
            select s from StaffMember s
            where (:name is null or lower(s.fullName) like lower(concat('%', cast(:name as string), '%')))
              and (:organisation is null or lower(s.organisation) like lower(concat('%', cast(:organisation as string), '%')))
              and (:region is null or lower(s.region) = lower(cast(:region as string)))
            order by s.fullName""")
    List<StaffMember> search(@Param("name") String name, @Param("organisation") String organisation,
            @Param("region") String region);

    List<StaffMember> findAllByOrderByFullNameAsc();

    Optional<StaffMember> findByUsername(String username);

    boolean existsByPassportNumber(String passportNumber);

    boolean existsByUsername(String username);
}
