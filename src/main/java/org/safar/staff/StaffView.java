package org.safar.staff;

import java.time.LocalDate;
import java.util.List;

/** A staff member as the API shows them. */
public record StaffView(Long id, String fullName, String position, Grade grade, String organisation, String region,
        String passportNumber, LocalDate passportExpiry, LocalDate serviceStartDate, int yearsOfService,
        boolean personnelReserve, String username, List<LanguageSkill> languages, List<Trip> trips) {

    static StaffView of(StaffMember s) {
        return new StaffView(s.getId(), s.getFullName(), s.getPosition(), s.getGrade(), s.getOrganisation(),
                s.getRegion(), s.getPassportNumber(), s.getPassportExpiry(), s.getServiceStartDate(),
                s.yearsOfService(LocalDate.now()), s.isPersonnelReserve(), s.getUsername(), s.getLanguages(),
                s.getTrips());
    }
}
