package org.safar.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.safar.programme.LanguageLevel;

/** A civil servant in the staff registry, who may be nominated for a delegation. */
@Entity
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;
    private String position;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String organisation;
    private String region;
    private String passportNumber;
    private LocalDate passportExpiry;
    private LocalDate serviceStartDate;

    /** Member of the National Personnel Reserve. */
    private boolean personnelReserve;

    /** The person's Camunda user id, when they have an account. */
    private String username;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "staff_language", joinColumns = @JoinColumn(name = "staff_id"))
    private List<LanguageSkill> languages = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("departure")
    @CollectionTable(name = "staff_trip", joinColumns = @JoinColumn(name = "staff_id"))
    private List<Trip> trips = new ArrayList<>();

    protected StaffMember() {
    }

    public StaffMember(String fullName, String position, Grade grade, String organisation, String region,
            LocalDate serviceStartDate) {
        this.fullName = fullName;
        this.position = position;
        this.grade = grade;
        this.organisation = organisation;
        this.region = region;
        this.serviceStartDate = serviceStartDate;
    }

    public StaffMember withPassport(String number, LocalDate expiry) {
        this.passportNumber = number;
        this.passportExpiry = expiry;
        return this;
    }

    public StaffMember speaking(String language, LanguageLevel level) {
        languages.add(new LanguageSkill(language, level));
        return this;
    }

    public StaffMember travelled(Trip trip) {
        trips.add(trip);
        return this;
    }

    public StaffMember inPersonnelReserve(boolean reserve) {
        this.personnelReserve = reserve;
        return this;
    }

    public StaffMember withAccount(String username) {
        this.username = username;
        return this;
    }

    public int yearsOfService(LocalDate on) {
        return Math.max(0, Period.between(serviceStartDate, on).getYears());
    }

    public Optional<LanguageLevel> levelIn(String language) {
        return languages.stream().filter(skill -> skill.language().equals(language))
                .map(LanguageSkill::level).findFirst();
    }

    /** Trips that began in the twelve months before the given day. */
    public long tripsInYearBefore(LocalDate day) {
        LocalDate yearBefore = day.minusMonths(12);
        return trips.stream()
                .filter(trip -> !trip.departure().isBefore(yearBefore) && trip.departure().isBefore(day))
                .count();
    }

    public boolean isSenior() {
        return grade == Grade.SENIOR;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRegion() {
        return region;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public LocalDate getPassportExpiry() {
        return passportExpiry;
    }

    public LocalDate getServiceStartDate() {
        return serviceStartDate;
    }

    public boolean isPersonnelReserve() {
        return personnelReserve;
    }

    public String getUsername() {
        return username;
    }

    public List<LanguageSkill> getLanguages() {
        return List.copyOf(languages);
    }

    public List<Trip> getTrips() {
        return List.copyOf(trips);
    }
}
