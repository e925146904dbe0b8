package org.safar.funding.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findAllByOrderByYearAscFundingSourceAscCodeAsc();

    List<BudgetLine> findByFundingSourceAndYear(String fundingSource, int year);

    boolean existsByCode(String code);

    /**
     * Reserves the amount only if the line still has it, in one statement: the database locks the
     * row for the update and checks the condition against the committed value, so two reservations
     * at once cannot both take the last of a line.
     *
     * @return 1 if reserved, 0 if the line has too little left
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update BudgetLine l set l.reserved = l.reserved + :amount
            where l.id = :id and l.allocation - l.reserved - l.spent >= :amount""")
    int reserve(@Param("id") Long id, @Param("amount") BigDecimal amount);

    @Modifying(flushAutomatically = true)
    @Query("""
            update BudgetLine l set l.reserved = l.reserved - :amount
            where l.id = :id and l.reserved >= :amount""")
    int release(@Param("id") Long id, @Param("amount") BigDecimal amount);
}
