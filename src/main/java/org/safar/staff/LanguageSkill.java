package org.safar.staff;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.safar.programme.LanguageLevel;

/** A language a staff member speaks (ISO 639-1) and how well (CEFR). */
@Embeddable
public record LanguageSkill(String language, @Enumerated(EnumType.STRING) LanguageLevel level) {
}
