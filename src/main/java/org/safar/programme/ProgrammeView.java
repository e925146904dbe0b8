package org.safar.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A programme as the API shows it. */
public record ProgrammeView(Long id, String title, ProgrammeKind kind, String hostCountry, String hostInstitution,
        LocalDate startDate, LocalDate endDate, int days, String fundingSource, boolean donorCoversAirfare,
        boolean donorCoversLodging, boolean donorCoversDailyAllowance, BigDecimal airfareEstimateUsd, int seats,
        String requiredLanguage, LanguageLevel requiredLanguageLevel, String description) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.getId(), p.getTitle(), p.getKind(), p.getHostCountry(), p.getHostInstitution(),
                p.getStartDate(), p.getEndDate(), p.days(), p.getFundingSource(), p.isDonorCoversAirfare(),
                p.isDonorCoversLodging(), p.isDonorCoversDailyAllowance(), p.getAirfareEstimateUsd(), p.getSeats(),
                p.getRequiredLanguage(), p.getRequiredLanguageLevel(), p.getDescription());
    }
}
