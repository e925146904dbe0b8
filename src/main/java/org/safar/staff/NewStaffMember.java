package org.safar.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.safar.programme.LanguageLevel;
import org.safar.web.PlainText;

/** What HR sends to add a civil servant to the staff registry. */
public record NewStaffMember(
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @NotBlank @Size(max = 200) @PlainText String position,
        @NotNull Grade grade,
        @NotBlank @Size(max = 200) @PlainText String organisation,
        @NotBlank @Size(max = 100) @PlainText String region,
        @Pattern(regexp = "[A-Z0-9]{5,20}", message = "{pattern.passportNumber}") String passportNumber,
        LocalDate passportExpiry,
        @NotNull @PastOrPresent LocalDate serviceStartDate,
        boolean personnelReserve,
        @Pattern(regexp = "[a-z][a-z0-9._-]{1,63}", message = "{pattern.username}") String username,
        @Size(max = 20) List<@Valid Language> languages,
        @Size(max = 100) List<@Valid PastTrip> trips) {

    public record Language(
            @NotNull @Pattern(regexp = "[a-z]{2}", message = "{pattern.languageCode}") String language,
            @NotNull LanguageLevel level) {
    }

    public record PastTrip(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{pattern.countryCode}") String country,
            @NotNull @Past LocalDate departure,
            @NotNull LocalDate returnDate,
            @NotBlank @Size(max = 200) @PlainText(prose = true) String purpose) {
    }
}
