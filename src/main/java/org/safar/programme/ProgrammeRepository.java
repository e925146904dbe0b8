package org.safar.programme;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findAllByOrderByStartDateAsc();

    boolean existsByTitleIgnoreCaseAndStartDate(String title, LocalDate startDate);
}
