package org.safar.debriefing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.safar.debriefing.internal.GoodPractice;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good practices of accepted trip reports, for anyone looking for what worked elsewhere: by words
 * in the title, the description or where it applies, and by the country where it was found.
 */
@Service
@Transactional(readOnly = true)
public class GoodPracticeLibrary {

    private static final char ESCAPE = '!';
    private static final int MAX_QUERY = 200;

    private final EntityManager entities;

    GoodPracticeLibrary(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param words   matched case-insensitively as one phrase; blank matches every practice
     * @param country ISO 3166-1 alpha-2 code of the host country; blank matches every country
     */
    public List<GoodPracticeView> search(String words, String country) {
        String phrase = words == null || words.isBlank() ? null : words.strip();
        String hostCountry = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (phrase != null && phrase.length() > MAX_QUERY) {
            throw new InvalidRequestException("q", "maxLength",
                    ApiMessages.text("library.query.tooLong", String.valueOf(MAX_QUERY)));
        }
        if (hostCountry != null && !hostCountry.matches("[A-Z]{2}")) {
            throw new InvalidRequestException("country", "iso3166",
                    ApiMessages.text("library.country", country));
        }
        StringBuilder jpql = new StringBuilder("""
                select new org.safar.debriefing.GoodPracticeView(p.id, p.title, p.description, p.whereItApplies,
                       g.hostCountry, g.hostInstitution, d.id, d.title, g.title, s.fullName, r.reviewedAt)
                from GoodPractice p join p.report r, Delegation d join Programme g on g.id = d.programmeId,
                     DelegationMember m join StaffMember s on s.id = m.staffId
                where d.id = r.delegationId and m.id = r.memberId and r.status = :accepted""");
        if (hostCountry != null) {
            jpql.append(" and g.hostCountry = :country");
        }
        if (phrase != null) {
            jpql.append(" and (lower(p.title) like :phrase escape '!' or lower(p.description) like :phrase escape '!'"
                    + " or lower(p.whereItApplies) like :phrase escape '!')");
        }
        jpql.append(" order by r.reviewedAt desc, p.position");
        TypedQuery<GoodPracticeView> query = entities.createQuery(jpql.toString(), GoodPracticeView.class)
                .setParameter("accepted", ReportStatus.ACCEPTED);
        if (hostCountry != null) {
            query.setParameter("country", hostCountry);
        }
        if (phrase != null) {
            query.setParameter("phrase", "%" + escapeLike(phrase.toLowerCase(Locale.ROOT)) + "%");
        }
        return query.getResultList();
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
