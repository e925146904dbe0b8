package org.safar.funding;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Opens own-budget lines as finance would, large enough that the lifecycle benchmark's delegations
 * never fall short: a shortfall would add a task to some delegations and not to others.
 */
@Component
public class BenchmarkBudget {

    private final BudgetLineService lines;

    BenchmarkBudget(BudgetLineService lines) {
        this.lines = lines;
    }

    /** Call as a member of finance. */
    public void open(int year, BigDecimal allocation) {
        lines.create(new NewBudgetLine("OWN_BUDGET", year, "BENCH-" + year, "Benchmark delegations",
                allocation, BigDecimal.ZERO));
    }
}
