package org.safar.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.safar.web.PlainText;

/**
 * What finance sends to open a budget line. {@code spent} is what the line already paid before Safar
 * kept it, zero for a new year's line.
 */
public record NewBudgetLine(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,39}", message = "{pattern.fundingSource}") String fundingSource,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9./-]{1,39}", message = "{pattern.budgetCode}") String code,
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal allocation,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal spent) {
}
