package org.safar.funding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The currency of Safar's budget, and its amounts as a language writes them: 1,930.00 USD, 1 930,00 USD. */
final class Usd {

    static final String CURRENCY = "USD";

    private Usd() {
    }

    /** In English, as the logs write it. */
    static String format(BigDecimal amount) {
        return format(amount, Locale.ENGLISH);
    }

    static String format(BigDecimal amount, Locale language) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + CURRENCY;
    }
}
