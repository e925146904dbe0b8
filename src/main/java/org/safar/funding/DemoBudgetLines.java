package org.safar.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safar.funding.internal.BudgetLine;
import org.safar.funding.internal.BudgetLineRepository;
import org.safar.programme.Programme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the embedded default, the agency's own-budget lines for this year and next: enough for a
 * couple of delegations, and one nearly used up, so that a shortfall can be shown. A long internship
 * in Japan costs some 57,500 USD a person, so two interns are more than any line holds. Adds only the
 * lines whose code is missing, so restarts change nothing.
 */
@Component
@ConditionalOnProperty(name = "safar.demo.enabled", havingValue = "true")
class DemoBudgetLines {

    private final BudgetLineRepository lines;
    private final Clock clock;

    DemoBudgetLines(BudgetLineRepository lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    @EventListener
    @Order(3)
    @Transactional
    void onEngineReady(ApplicationReadyEvent event) {
        int year = LocalDate.now(clock).getYear();
        Instant now = Instant.now(clock);
        List.of(
                new BudgetLine(Programme.OWN_BUDGET, year, "ADPS-TRN-" + year, "Staff training and study trips abroad",
                        new BigDecimal("60000.00"), new BigDecimal("31250.00"), now),
                new BudgetLine(Programme.OWN_BUDGET, year, "ADPS-CONF-" + year,
                        "International conferences and memberships", new BigDecimal("12000.00"),
                        new BigDecimal("11350.00"), now),
                new BudgetLine(Programme.OWN_BUDGET, year + 1, "ADPS-TRN-" + (year + 1),
                        "Staff training and study trips abroad", new BigDecimal("75000.00"), BigDecimal.ZERO, now))
                .stream()
                .filter(line -> !lines.existsByCode(line.getCode()))
                .forEach(lines::save);
    }
}
