package org.safar.programme;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.safar.web.PlainText;

/** What an officer sends to offer a new programme. */
public record NewProgramme(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull ProgrammeKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{pattern.countryCode}") String hostCountry,
        @NotBlank @Size(max = 200) @PlainText String hostInstitution,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_-]{1,39}", message = "{pattern.fundingSource}") String fundingSource,
        boolean donorCoversAirfare,
        boolean donorCoversLodging,
        boolean donorCoversDailyAllowance,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal airfareEstimateUsd,
        @Min(1) @Max(500) int seats,
        @Pattern(regexp = "[a-z]{2}", message = "{pattern.languageCode}") String requiredLanguage,
        LanguageLevel requiredLanguageLevel,
        @Size(max = 2000) @PlainText(prose = true) String description) {
}
