package org.safar.staff;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A trip abroad on the staff member's record, made or approved before Safar knew of it. */
@Embeddable
public record Trip(String country, LocalDate departure,
        LocalDate returnDate, String purpose) {

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !departure.isAfter(to) && !returnDate.isBefore(from);
    }
}
