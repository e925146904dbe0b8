package org.safar.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.safar.funding.internal.BudgetLine;

/** A budget line as the API shows it; the reservations only when one line is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetLineView(Long id, String fundingSource, int year, String code, String name, BigDecimal allocation,
        BigDecimal reserved, BigDecimal spent, BigDecimal available, List<ReservationView> reservations) {

    public record ReservationView(Long id, Long delegationId, String delegationTitle, BigDecimal amount,
            ReservationStatus status, Instant reservedAt, Instant releasedAt, ReleaseCause releaseCause) {
    }

    static BudgetLineView of(BudgetLine line, List<ReservationView> reservations) {
        return new BudgetLineView(line.getId(), line.getFundingSource(), line.getYear(), line.getCode(), line.getName(),
                line.getAllocation(), line.getReserved(), line.getSpent(), line.available(), reservations);
    }
}
