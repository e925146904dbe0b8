package org.safar.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.imports.StaffImportApiTest.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.safar.programme.ProgrammeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Programmes and budget lines from files, all or nothing, under the rules of their POST endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgrammeAndBudgetLineImportApiTest {

    private static final String PROGRAMMES = "title,kind,hostCountry,hostInstitution,startDate,endDate,fundingSource,"
            + "donorCoversAirfare,donorCoversLodging,donorCoversDailyAllowance,airfareEstimateUsd,seats,"
            + "requiredLanguage,requiredLanguageLevel,description\n";
    private static final String BUDGET_LINES = "fundingSource,year,code,name,allocation,spent\n";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProgrammeRepository programmes;

    @BeforeEach
    void everyoneReadsEnglish() {
        for (String user : new String[] {"aziza", "madina", "admin"}) {
            api().exchange(user, HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
        }
    }

    @Test
    void theProgrammeSampleImportsOnceAndTheSecondTimeEveryRowIsADuplicate() {
        long before = programmes.count();

        JsonNode summary = api().ok(imports().upload("aziza", "programmes", "programmes.csv",
                ImportClient.sample("programmes.csv"), false));

        assertThat(summary.get("stored").asInt()).isEqualTo(4);
        assertThat(programmes.count()).isEqualTo(before + 4);
        JsonNode germany = api().ok(api().get("aziza", "/api/programmes/" + summary.get("ids").get(2).asLong()));
        assertThat(germany.get("hostInstitution").asText()).isEqualTo("GIZ \"Effective Public Administration\"");
        assertThat(germany.get("days").asInt()).isEqualTo(8);
        assertThat(germany.get("airfareEstimateUsd").decimalValue()).isEqualByComparingTo("900");

        ResponseEntity<String> again = imports().upload("admin", "programmes", "programmes.csv",
                ImportClient.sample("programmes.csv"), false);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rows(api().read(again))).hasSize(4)
                .allMatch(row -> row.endsWith("title title unique a programme with this title starts on this date already"));
        assertThat(programmes.count()).isEqualTo(before + 4);
    }

    @Test
    void aProgrammeWorkbookReadsDateCellsAndSums() {
        byte[] workbook = Workbooks.of(List.of(
                List.of("title", "kind", "hostCountry", "hostInstitution", "startDate", "endDate", "fundingSource",
                        "donorCoversAirfare", "airfareEstimateUsd", "seats"),
                List.of("E-government study week", "STUDY_TRIP", "KR", "KIPA", LocalDate.of(2031, 3, 2),
                        LocalDate.of(2031, 3, 8), "KOICA", true, new BigDecimal("1250.5"), 5)));

        JsonNode summary = api().ok(imports().upload("admin", "programmes", "programmes.xlsx", workbook, false));

        JsonNode korea = api().ok(api().get("aziza", "/api/programmes/" + summary.get("ids").get(0).asLong()));
        assertThat(korea.get("startDate").asText()).isEqualTo("2031-03-02");
        assertThat(korea.get("airfareEstimateUsd").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(korea.get("seats").asInt()).isEqualTo(5);
        assertThat(korea.get("donorCoversAirfare").asBoolean()).isTrue();
    }

    @Test
    void programmeRowsMeetTheKindsRulesAndNothingIsStoredOtherwise() {
        long before = programmes.count();
        JsonNode all = api().ok(api().get("aziza", "/api/programmes"));
        JsonNode demo = all.get(all.size() - 1);
        String file = PROGRAMMES
                + "Too small a course,SHORT_COURSE,JP,JICA Tokyo,2031-05-01,2031-05-10,JICA,true,true,false,1400,5,en,B1,\n"
                + "Good study trip,STUDY_TRIP,DE,GIZ,2031-06-01,2031-06-05,GIZ,true,true,true,900,4,,,\n"
                + "Good study trip,STUDY_TRIP,DE,GIZ,2031-06-01,2031-06-05,GIZ,true,true,true,900,4,,,\n"
                + "Yesterday's trip,STUDY_TRIP,DE,GIZ,2020-06-01,2020-06-05,OWN_BUDGET,true,false,false,900,4,,,\n"
                + "\"" + demo.get("title").asText().replace("\"", "\"\"") + "\",STUDY_TRIP,MN,Somewhere," + demo.get("startDate").asText() + ","
                + LocalDate.parse(demo.get("startDate").asText()).plusDays(3) + ",OWN_BUDGET,false,false,false,300,2,,,\n";

        JsonNode problem = api().read(imports().upload("aziza", "programmes", "programmes.csv", file, false));

        assertThat(rows(problem)).containsExactly(
                "2 seats seats groupSize a short course sends 10–15 people",
                "4 title title unique row 3 of the file has this too",
                "5 fundingSource fundingSource donorCoverage an own-budget programme has no donor to cover costs",
                "5 startDate startDate notInPast must not be in the past",
                "6 title title unique a programme with this title starts on this date already");
        assertThat(programmes.count()).isEqualTo(before);
    }

    @Test
    void anAdministratorImportsTheBudgetSampleAndReadsTheLines() {
        JsonNode summary = api().ok(imports().upload("admin", "budget-lines", "budget-lines.csv",
                ImportClient.sample("budget-lines.csv"), false));

        assertThat(summary.get("stored").asInt()).isEqualTo(4);
        JsonNode lines = api().ok(api().get("admin", "/api/budget-lines"));
        JsonNode hub = lines.findParents("code").stream().filter(l -> l.get("code").asText().equals("ADPS-HUB-2030"))
                .findFirst().orElseThrow();
        assertThat(hub.get("available").decimalValue()).isEqualByComparingTo("13799.50");

        JsonNode again = api().read(imports().upload("madina", "budget-lines", "budget-lines.csv",
                ImportClient.sample("budget-lines.csv"), false));
        assertThat(rows(again)).hasSize(4).first().asString()
                .isEqualTo("2 code code unique A budget line with the code ADPS-INT-2030 exists already");
    }

    @Test
    void financeImportsAWorkbookOfLinesAfterCheckingIt() {
        byte[] workbook = Workbooks.of(List.of(List.of("fundingSource", "year", "code", "name", "allocation"),
                List.of("GIZ", 2031, "GIZ-EPA-2031", "GIZ counterpart costs", new BigDecimal("12500"))));

        JsonNode checked = api().ok(imports().upload("madina", "budget-lines", "lines.xlsx", workbook, true));
        assertThat(checked.get("stored").asInt()).isZero();
        assertThat(api().ok(api().get("madina", "/api/budget-lines")).findValuesAsText("code"))
                .doesNotContain("GIZ-EPA-2031");

        api().ok(imports().upload("madina", "budget-lines", "lines.xlsx", workbook, false));
        assertThat(api().ok(api().get("madina", "/api/budget-lines")).findValuesAsText("code")).contains("GIZ-EPA-2031");
    }

    @Test
    void budgetLineRowsMeetTheApisRules() {
        String taken = api().ok(api().get("madina", "/api/budget-lines")).get(0).get("code").asText();
        String file = BUDGET_LINES
                + "OWN_BUDGET,2031,ADPS-NEW-2031,New line,1000,2000\n"
                + "OWN_BUDGET,1999,ADPS-OLD-1999,Old line,1000,\n"
                + "OWN_BUDGET,2031," + taken + ",Taken,1000,\n"
                + "OWN_BUDGET,2031,ADPS-TWICE,Once,1000,\n"
                + "OWN_BUDGET,2031.5,ADPS-TWICE,Twice,\"1,000\",\n";

        JsonNode problem = api().read(imports().upload("madina", "budget-lines", "lines.csv", file, false));

        assertThat(rows(problem)).containsExactly(
                "2 spent spent withinAllocation must not be more than the allocation",
                "3 year year range must be at least 2000",
                "4 code code unique A budget line with the code " + taken + " exists already",
                "6 allocation allocation type must be a number",
                "6 year year type must be a whole number, without a fraction");
        assertThat(api().ok(api().get("madina", "/api/budget-lines")).findValuesAsText("code"))
                .doesNotContain("ADPS-NEW-2031", "ADPS-TWICE");
    }

    @Test
    void officersImportProgrammesAndFinanceImportsBudgetLines() {
        String line = BUDGET_LINES + "OWN_BUDGET,2031,ADPS-AZIZA-2031,Not hers,1000,\n";
        ResponseEntity<String> officer = imports().upload("aziza", "budget-lines", "lines.csv", line, false);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().read(officer).get("detail").asText())
                .isEqualTo("Only members of 'finance', 'camunda-admin' import budget lines; aziza is not one");

        String programme = PROGRAMMES
                + "Not hers,STUDY_TRIP,DE,GIZ,2031-06-01,2031-06-05,GIZ,true,true,true,900,4,,,\n";
        ResponseEntity<String> finance = imports().upload("madina", "programmes", "programmes.csv", programme, false);
        assertThat(finance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api().read(finance).get("detail").asText())
                .isEqualTo("Only members of 'officers', 'camunda-admin' import programmes; madina is not one");
    }

    private ImportClient imports() {
        return new ImportClient(rest);
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
