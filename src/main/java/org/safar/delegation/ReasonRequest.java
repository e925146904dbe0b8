package org.safar.delegation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.safar.web.PlainText;

/** Why a delegation is cancelled or a member withdrawn. */
public record ReasonRequest(@NotBlank @Size(max = 2000) @PlainText(prose = true) String reason) {
}
