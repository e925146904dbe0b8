package org.safar.demo;

import static org.safar.programme.LanguageLevel.A2;
import static org.safar.programme.LanguageLevel.B1;
import static org.safar.programme.LanguageLevel.B2;
import static org.safar.programme.LanguageLevel.C1;
import static org.safar.programme.LanguageLevel.C2;
import static org.safar.staff.Grade.JUNIOR;
import static org.safar.staff.Grade.MIDDLE;
import static org.safar.staff.Grade.SENIOR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeKind;
import org.safar.programme.ProgrammeRepository;
import org.safar.staff.Grade;
import org.safar.staff.StaffMember;
import org.safar.staff.StaffRepository;
import org.safar.staff.Trip;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes drawn from the news items Safar grew from, and a staff registry whose data make some
 * nominees ineligible for telling reasons. Dates are relative to today, so the demo never goes stale.
 */
@Component
class DemoData {

    static final String ADPS = "Agency for the Development of Public Service";
    static final String JUSTICE = "Ministry of Justice";
    static final String FINANCE = "Ministry of Finance";
    static final String PSC_SAMARKAND = "Samarkand Regional Public Service Centre";
    static final String PSC_FERGANA = "Fergana Regional Public Service Centre";
    static final String TASHKENT = "Tashkent City Administration";
    static final String ECONOMY = "Ministry of Economy and Finance";

    private final ProgrammeRepository programmes;
    private final StaffRepository staff;
    private final Clock clock;

    DemoData(ProgrammeRepository programmes, StaffRepository staff, Clock clock) {
        this.programmes = programmes;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    void load() {
        LocalDate today = LocalDate.now(clock);
        if (programmes.count() == 0) {
            programmes.saveAll(programmes(today));
        }
        if (staff.count() == 0) {
            staff.saveAll(registry(today));
        }
    }

    private static List<Programme> programmes(LocalDate today) {
        return List.of(
                new Programme("Advanced training in public administration for senior officials",
                        ProgrammeKind.SHORT_COURSE, "JP", "National Personnel Authority of Japan, JICA Tokyo Centre",
                        today.plusDays(75), today.plusDays(88), 15)
                        .fundedBy("JICA", true, true, false).requiring("en", B1)
                        .withAirfareEstimate(new BigDecimal("1450"))
                        .describedAs("Two weeks on Japan's personnel policy, civil-service ethics and how reforms reach "
                                + "citizens, for a group of 10–15 senior civil servants."),
                new Programme("Internship in civil-service HR management", ProgrammeKind.LONG_INTERNSHIP, "JP",
                        "Ministry of Internal Affairs and Communications, Tokyo", today.plusDays(120),
                        today.plusDays(239), 4)
                        .requiring("en", B2).withAirfareEstimate(new BigDecimal("1450"))
                        .describedAs("A four-month internship in the ministry's personnel bureau."),
                new Programme("Study trip: citizen service centres in Germany", ProgrammeKind.STUDY_TRIP, "DE",
                        "GIZ project 'Effective Public Administration', Bürgeramt Berlin-Mitte", today.plusDays(60),
                        today.plusDays(69), 8)
                        .fundedBy("GIZ", true, true, true).withAirfareEstimate(new BigDecimal("900"))
                        .describedAs("For the leads of the Public Service Centres of the pilot regions Samarkand and "
                                + "Fergana: online services, queue management, staff training."),
                new Programme("KOICA/KIPA programme: HRM and business-process reengineering",
                        ProgrammeKind.SHORT_COURSE, "KR", "Korea Institute of Public Administration (KIPA), Seoul",
                        today.plusDays(90), today.plusDays(110), 12)
                        .fundedBy("KOICA", true, true, true).requiring("en", B1)
                        .withAirfareEstimate(new BigDecimal("1100"))
                        .describedAs("Q-DEEP advanced-training programme for the civil servants of the pilot "
                                + "ministries: human-resource management and business-process reengineering."),
                new Programme("Astana Civil Service Hub annual conference", ProgrammeKind.STUDY_TRIP, "KZ",
                        "Astana Civil Service Hub", today.plusDays(45), today.plusDays(47), 6)
                        .requiring("ru", B2).withAirfareEstimate(new BigDecimal("350"))
                        .describedAs("Three days with the hub's 42 participating countries on digital innovation "
                                + "and internal communication in HR."),
                new Programme("Peer-learning exchange on municipal services", ProgrammeKind.STUDY_TRIP, "MN",
                        "Ulaanbaatar City Governor's Office with the LOGIN network", today.plusDays(100),
                        today.plusDays(106), 6)
                        .requiring("ru", B1).withAirfareEstimate(new BigDecimal("600"))
                        .describedAs("The six-stage peer-learning method: identify a good practice, share it, and "
                                + "bring it into practice at home."));
    }

    private static List<StaffMember> registry(LocalDate today) {
        Registry r = new Registry(today);
        return List.of(
                // Demo users who are also staff: an officer (for the self-nomination rule), the department
                // head and the director (who may not approve a delegation they belong to), and participants.
                r.person("Aziza Karimova", "Chief specialist, international cooperation", MIDDLE, ADPS, "Tashkent", 9)
                        .speaking("en", C1).speaking("ru", C2).withAccount("aziza"),
                r.person("Bakhtiyor Rakhimov", "Head of the civil-service HR department", SENIOR, ADPS, "Tashkent", 18)
                        .speaking("en", B2).speaking("ru", C2).withAccount("bakhtiyor"),
                r.person("Otabek Khasanov", "First deputy director", SENIOR, ADPS, "Tashkent", 22)
                        .speaking("en", C1).speaking("ru", C2).withAccount("otabek"),
                r.person("Jasur Tursunov", "Head of the Samarkand Public Service Centre", MIDDLE, PSC_SAMARKAND,
                        "Samarkand", 7).speaking("ru", C1).speaking("en", B1).withAccount("jasur"),
                r.person("Malika Yusupova", "Head of the Fergana Public Service Centre", MIDDLE, PSC_FERGANA, "Fergana",
                        6).speaking("ru", C1).speaking("en", B2).withAccount("malika"),
                r.person("Sardor Alimov", "Senior specialist, HR policy", MIDDLE, ADPS, "Tashkent", 5)
                        .speaking("en", B2).speaking("ru", C1).withAccount("sardor"),

                // Eligible senior officials for the Japan short course (10–15 people)
                r.person("Dilshod Ergashev", "Deputy minister", SENIOR, JUSTICE, "Tashkent", 20).speaking("en", B2),
                r.person("Nodira Saidova", "Head of department, civil registry", SENIOR, JUSTICE, "Tashkent", 15)
                        .speaking("en", B1).speaking("ru", C2),
                r.person("Farrukh Nazarov", "Head of the budget policy department", SENIOR, FINANCE, "Tashkent", 17)
                        .speaking("en", C1),
                r.person("Gulnora Abdullaeva", "Deputy head of the city administration", SENIOR, TASHKENT, "Tashkent",
                        14).speaking("en", B2).speaking("ru", C2),
                r.person("Rustam Mirzaev", "Head of the legal department", SENIOR, ADPS, "Tashkent", 12)
                        .speaking("en", B1),
                r.person("Shahnoza Khodjaeva", "Head of the e-government unit", SENIOR, ECONOMY, "Tashkent", 11)
                        .speaking("en", C1).speaking("ru", C1),
                r.person("Ulugbek Kadyrov", "Director of the regional department of justice", SENIOR, JUSTICE,
                        "Samarkand", 19).speaking("en", B1).speaking("ru", C2),
                r.person("Zarina Rashidova", "Head of the procurement department", SENIOR, FINANCE, "Tashkent", 13)
                        .speaking("en", B2),
                r.person("Anvar Juraev", "Head of the department of public services", SENIOR, TASHKENT, "Tashkent", 16)
                        .speaking("en", B1).speaking("ru", C1),
                r.person("Kamola Ismoilova", "Head of the training centre", SENIOR, ADPS, "Tashkent", 10)
                        .speaking("en", C1).speaking("ja", A2),
                r.person("Bekzod Usmonov", "Head of the digitalisation department", SENIOR, ECONOMY, "Tashkent", 9)
                        .speaking("en", B2),
                r.person("Feruza Qosimova", "Head of the personnel reserve unit", SENIOR, ADPS, "Tashkent", 14)
                        .speaking("en", B1).speaking("ru", C2).inPersonnelReserve(true),
                r.person("Timur Xolmatov", "Deputy director, regional administration", SENIOR, TASHKENT, "Tashkent", 21)
                        .speaking("en", B2),

                // Public Service Centre staff from the GIZ pilot regions
                r.person("Sherzod Mahmudov", "Deputy head, Samarkand Public Service Centre", MIDDLE, PSC_SAMARKAND,
                        "Samarkand", 5).speaking("ru", C1),
                r.person("Dilnoza Hamidova", "Lead specialist, online services", JUNIOR, PSC_SAMARKAND, "Samarkand", 4)
                        .speaking("ru", B2).speaking("en", A2),
                r.person("Akmal Tojiboev", "Deputy head, Fergana Public Service Centre", MIDDLE, PSC_FERGANA, "Fergana",
                        8).speaking("ru", C1),
                r.person("Nilufar Mamatova", "Lead specialist, front office", JUNIOR, PSC_FERGANA, "Fergana", 3)
                        .speaking("ru", B2),
                r.person("Oybek Sobirov", "Head of the Urgut district centre", MIDDLE, PSC_SAMARKAND, "Samarkand", 6)
                        .speaking("ru", B1),
                r.person("Barno Ahmedova", "Head of the Kokand city centre", MIDDLE, PSC_FERGANA, "Fergana", 7)
                        .speaking("ru", C1).speaking("de", A2),

                // HR and BPR specialists for the Korean programme and the internships
                r.person("Davron Nematov", "Chief specialist, business processes", MIDDLE, ECONOMY, "Tashkent", 6)
                        .speaking("en", B2).speaking("ko", A2),
                r.person("Lola Karimova", "Senior specialist, HR analytics", MIDDLE, ADPS, "Tashkent", 4)
                        .speaking("en", C1),
                r.person("Javlon Rakhmonov", "Chief specialist, civil-service exams", MIDDLE, ADPS, "Tashkent", 8)
                        .speaking("en", B2).speaking("ru", C1).inPersonnelReserve(true),
                r.person("Munisa Olimova", "Specialist, regulatory impact", JUNIOR, JUSTICE, "Tashkent", 5)
                        .speaking("en", B1),
                r.person("Eldor Fayziev", "Chief specialist, public finance", MIDDLE, FINANCE, "Bukhara", 7)
                        .speaking("en", B2).speaking("ru", B2),
                r.person("Sevara Qodirova", "Senior specialist, e-services", MIDDLE, ECONOMY, "Namangan", 6)
                        .speaking("en", B1).speaking("ru", B2),
                r.person("Islom Abdurakhmonov", "Chief specialist, municipal services", MIDDLE, TASHKENT, "Tashkent", 9)
                        .speaking("ru", C1).speaking("en", B1),
                r.person("Mohira Salimova", "Senior specialist, citizen feedback", MIDDLE, TASHKENT, "Andijan", 5)
                        .speaking("ru", B2),

                // Ineligible, each for a telling reason
                r.person("Alisher Nurmatov", "Head of the archive department", SENIOR, JUSTICE, "Tashkent", 16)
                        .speaking("en", B2).withPassport("FA1000031", today.minusMonths(2)),
                r.person("Gulbahor Tashkentova", "Head of the statistics unit", SENIOR, ECONOMY, "Tashkent", 12)
                        .speaking("en", B1).withPassport("FA1000032", today.plusMonths(5)),
                r.person("Khurshid Bobojonov", "Head of the regional inspection", SENIOR, FINANCE, "Khorezm", 14)
                        .speaking("ru", C2).speaking("uz", C2),
                r.person("Nargiza Sultanova", "Head of the protocol department", SENIOR, ADPS, "Tashkent", 11)
                        .speaking("en", C1)
                        .travelled(r.trip("TR", 250, 5, "Conference on civil-service ethics"))
                        .travelled(r.trip("AE", 150, 4, "Government Summit"))
                        .travelled(r.trip("SG", 60, 6, "Study visit to the Civil Service College")),
                r.person("Azamat Yuldashev", "Specialist, HR records", JUNIOR, ADPS, "Tashkent", 2)
                        .speaking("en", C1),
                r.person("Shoira Nazarova", "Junior specialist, international relations", JUNIOR, ADPS, "Tashkent", 1)
                        .speaking("en", B2).speaking("ko", B1),
                r.person("Laziz Hakimov", "Head of the state property department", SENIOR, FINANCE, "Tashkent", 15)
                        .speaking("en", A2).speaking("ru", C2),
                r.person("Umida Ergasheva", "Senior specialist, anti-corruption", MIDDLE, JUSTICE, "Samarkand", 7)
                        .speaking("en", B2).withPassport(null, null));
    }

    /** Builds staff members with plausible passports and dates relative to today. */
    private static final class Registry {

        private final LocalDate today;
        private int passportSerial = 2000;

        Registry(LocalDate today) {
            this.today = today;
        }

        StaffMember person(String name, String position, Grade grade, String organisation, String region,
                int yearsOfService) {
            passportSerial++;
            return new StaffMember(name, position, grade, organisation, region,
                    today.minusYears(yearsOfService).minusMonths(2))
                    .withPassport("FA" + (1000000 + passportSerial), today.plusYears(4).plusMonths(passportSerial % 11));
        }

        Trip trip(String country, int daysAgo, int days, String purpose) {
            return new Trip(country, today.minusDays(daysAgo), today.minusDays(daysAgo - days), purpose);
        }
    }
}
