package org.safar.funding;

import java.math.BigDecimal;
import java.util.Locale;

/** Amounts as finance reads them: 1,930.00 USD. */
final class Usd {

    private Usd() {
    }

    static String format(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "%,.2f USD", amount);
    }
}
