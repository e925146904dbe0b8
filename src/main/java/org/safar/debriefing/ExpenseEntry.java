package org.safar.debriefing;

import java.math.BigDecimal;

/** One row of "Settle advance": what the member actually spent; {@code path} names the row in errors. */
public record ExpenseEntry(String path, Long memberId, BigDecimal actualExpensesUsd) {
}
