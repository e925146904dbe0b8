package org.safar.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An offer to send staff abroad: who hosts it, when, who pays for what, and how many may go. */
@Entity
public class Programme {

    public static final String OWN_BUDGET = "OWN_BUDGET";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;

    /** ISO 3166-1 alpha-2 code of the host country, e.g. JP. */
    private String hostCountry;

    private String hostInstitution;
    private LocalDate startDate;
    private LocalDate endDate;

    /** {@value #OWN_BUDGET}, or the donor that funds the programme (KOICA, GIZ, JICA, ...). */
    private String fundingSource;

    private boolean donorCoversAirfare;
    private boolean donorCoversLodging;
    private boolean donorCoversDailyAllowance;
    private BigDecimal airfareEstimateUsd;
    private int seats;

    /** ISO 639-1 code of the working language, or null when none is required. */
    private String requiredLanguage;

    @Enumerated(EnumType.STRING)
    private LanguageLevel requiredLanguageLevel;

    private String description;

    protected Programme() {
    }

    public Programme(String title, ProgrammeKind kind, String hostCountry, String hostInstitution,
            LocalDate startDate, LocalDate endDate, int seats) {
        this.title = title;
        this.kind = kind;
        this.hostCountry = hostCountry;
        this.hostInstitution = hostInstitution;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
        this.fundingSource = OWN_BUDGET;
        this.airfareEstimateUsd = BigDecimal.ZERO;
    }

    public Programme fundedBy(String source, boolean airfare, boolean lodging, boolean dailyAllowance) {
        this.fundingSource = source;
        this.donorCoversAirfare = airfare;
        this.donorCoversLodging = lodging;
        this.donorCoversDailyAllowance = dailyAllowance;
        return this;
    }

    public Programme requiring(String language, LanguageLevel level) {
        this.requiredLanguage = language;
        this.requiredLanguageLevel = level;
        return this;
    }

    public Programme withAirfareEstimate(BigDecimal usd) {
        this.airfareEstimateUsd = usd;
        return this;
    }

    public Programme describedAs(String description) {
        this.description = description;
        return this;
    }

    /** Days abroad, counting the day of departure and the day of return. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean isDonorFunded() {
        return !OWN_BUDGET.equals(fundingSource);
    }

    /** The largest group this programme may take: its seats, within what its kind allows. */
    public int maxGroup() {
        return Math.min(seats, kind.maxGroup());
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public String getHostInstitution() {
        return hostInstitution;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public boolean isDonorCoversAirfare() {
        return donorCoversAirfare;
    }

    public boolean isDonorCoversLodging() {
        return donorCoversLodging;
    }

    public boolean isDonorCoversDailyAllowance() {
        return donorCoversDailyAllowance;
    }

    public BigDecimal getAirfareEstimateUsd() {
        return airfareEstimateUsd;
    }

    public int getSeats() {
        return seats;
    }

    public String getRequiredLanguage() {
        return requiredLanguage;
    }

    public LanguageLevel getRequiredLanguageLevel() {
        return requiredLanguageLevel;
    }

    public String getDescription() {
        return description;
    }
}
