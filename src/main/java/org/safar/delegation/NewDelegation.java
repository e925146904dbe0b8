package org.safar.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.safar.web.PlainText;

/** What an officer sends to open a delegation for a programme with its nominees. */
public record NewDelegation(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull Long programmeId,
        @NotEmpty @Size(max = 50) List<@NotNull Long> memberStaffIds) {
}
