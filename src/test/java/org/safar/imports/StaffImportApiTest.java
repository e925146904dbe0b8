package org.safar.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.staff.StaffRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The staff registry from a file, all or nothing, under the rules of POST /api/staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffImportApiTest {

    private static final String HEADER = "fullName,position,grade,organisation,region,passportNumber,passportExpiry,"
            + "serviceStartDate,personnelReserve,username,languages,trips\n";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    StaffRepository staff;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void theSampleFileImportsEveryPersonWithLanguagesTripsAndLogin() {
        long before = staff.count();

        JsonNode summary = imports().api().ok(imports().upload("aziza", "staff", "staff.csv",
                ImportClient.sample("staff.csv"), false));

        assertThat(summary.get("kind").asText()).isEqualTo("staff");
        assertThat(summary.get("rows").asInt()).isEqualTo(5);
        assertThat(summary.get("stored").asInt()).isEqualTo(5);
        assertThat(staff.count()).isEqualTo(before + 5);
        JsonNode dilnoza = api().ok(api().get("aziza", "/api/staff/" + summary.get("ids").get(0).asLong()));
        assertThat(dilnoza.get("fullName").asText()).isEqualTo("Dilnoza Yusupova");
        assertThat(dilnoza.get("position").asText()).isEqualTo("Head of department, international cooperation");
        assertThat(dilnoza.get("username").asText()).isEqualTo("dyusupova");
        assertThat(dilnoza.get("personnelReserve").asBoolean()).isTrue();
        assertThat(dilnoza.get("languages").findValuesAsText("language")).containsExactly("en", "ru", "ja");
        assertThat(dilnoza.get("trips").get(0).get("returnDate").asText()).isEqualTo("2025-06-13");
        // Nobody has a Camunda account yet on a first day: each login is linked and waits for its account.
        assertThat(summary.get("notes").findValuesAsText("field")).hasSize(4).containsOnly("username");
    }

    @Test
    void aWorkbookReadsDateCellsNumbersAndYesNoCells() {
        byte[] workbook = Workbooks.of(List.of(
                List.of("FullName", "POSITION", "grade", "organisation", "region", "passportNumber", "passportExpiry",
                        "serviceStartDate", "personnelReserve", "languages"),
                List.of("Bobur Karimov", "Chief specialist, open data", "middle", "Ministry of Digital Technologies",
                        "Tashkent", "AD3456781", LocalDate.of(2033, 1, 31), LocalDate.of(2015, 3, 2), true,
                        "en:B2; ru:C1")));

        JsonNode summary = imports().api().ok(imports().upload("admin", "staff", "hr-export.xlsx", workbook, false));

        JsonNode bobur = api().ok(api().get("aziza", "/api/staff/" + summary.get("ids").get(0).asLong()));
        assertThat(bobur.get("passportExpiry").asText()).isEqualTo("2033-01-31");
        assertThat(bobur.get("serviceStartDate").asText()).isEqualTo("2015-03-02");
        assertThat(bobur.get("grade").asText()).isEqualTo("MIDDLE");
        assertThat(bobur.get("personnelReserve").asBoolean()).isTrue();
        assertThat(bobur.get("languages").findValuesAsText("level")).containsExactly("B2", "C1");
    }

    @Test
    void theSampleWorkbookImportsCleanly() {
        JsonNode summary = imports().api().ok(imports().upload("aziza", "staff", "staff.xlsx",
                ImportClient.sample("staff.xlsx"), false));

        assertThat(summary.get("stored").asInt()).isEqualTo(summary.get("rows").asInt()).isPositive();
    }

    @Test
    void aFileWithRefusedRowsStoresNothingAndNamesEveryRefusedRow() {
        english("aziza");
        long before = staff.count();
        String file = HEADER
                + "Sanjar Ergashev,Specialist,JUNIOR,Ministry of Justice,Tashkent,AE4000001,2033-01-01,2020-01-01,false,,en:B1,\n"
                + "Oysha Nazarova,Specialist,CAPTAIN,Ministry of Justice,Tashkent,AE4000002,31.12.2033,2020-01-01,false,,,\n"
                + "Timur Sodiqov,Specialist,MIDDLE,Ministry of Justice,Tashkent,AE4000003,2033-01-01,2019-05-01,false,,,\n"
                + ",Specialist,MIDDLE,Ministry of Justice,Tashkent,AE4000004,,2099-01-01,maybe,,en:B9;fr,\n";

        ResponseEntity<String> refused = imports().upload("aziza", "staff", "staff.csv", file, false);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = api().read(refused);
        assertThat(problem.get("title").asText()).isEqualTo("Nothing was stored; refused rows: 2");
        assertThat(problem.get("rows").asInt()).isEqualTo(4);
        assertThat(rows(problem)).containsExactly(
                "3 grade grade oneOf must be one of JUNIOR, MIDDLE, SENIOR",
                "3 passportExpiry passportExpiry type must be a date written yyyy-mm-dd, such as 2031-03-02",
                "5 fullName fullName required is required",
                "5 languages languages[0].level oneOf must be one of A1, A2, B1, B2, C1, C2",
                "5 languages languages[1] type write each item as language:level, the items separated by ;",
                "5 personnelReserve personnelReserve type must be true or false",
                "5 serviceStartDate serviceStartDate notInFuture must not be in the future");
        assertThat(problem.get("detail").asText()).startsWith("row 3, grade: must be one of JUNIOR, MIDDLE, SENIOR; ");
        assertThat(staff.count()).isEqualTo(before);
    }

    @Test
    void theReportSpeaksTheCallersLanguage() {
        imports().api().exchange("aziza", HttpMethod.PUT, "/api/me/language", "{\"language\": \"ru\"}");
        try {
            String file = HEADER
                    + "Oysha Nazarova,Specialist,CAPTAIN,Ministry of Justice,Tashkent,AE5000002,2033-12-31,2020-01-01,false,,,\n";

            JsonNode problem = api().read(imports().upload("aziza", "staff", "staff.csv", file, false));

            assertThat(problem.get("title").asText()).isEqualTo("Ничего не сохранено; отклонено строк: 1");
            assertThat(rows(problem)).containsExactly(
                    "2 grade grade oneOf должно быть одним из значений: JUNIOR, MIDDLE, SENIOR");
            assertThat(problem.get("detail").asText())
                    .isEqualTo("строка 2, grade: должно быть одним из значений: JUNIOR, MIDDLE, SENIOR");
        } finally {
            english("aziza");
        }
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() {
        long before = staff.count();
        String file = HEADER
                + "Zarina Usmonova,Specialist,JUNIOR,Ministry of Economy,Namangan,AF6000001,2033-01-01,2020-01-01,false,,en:B2,\n"
                + "Jahongir Mirzaev,Specialist,MIDDLE,Ministry of Economy,Namangan,AF6000002,2033-01-01,2018-01-01,true,,,\n";

        JsonNode checked = imports().api().ok(imports().upload("aziza", "staff", "staff.csv", file, true));

        assertThat(checked.get("dryRun").asBoolean()).isTrue();
        assertThat(checked.get("rows").asInt()).isEqualTo(2);
        assertThat(checked.get("stored").asInt()).isZero();
        assertThat(checked.get("ids")).isEmpty();
        assertThat(staff.count()).isEqualTo(before);

        JsonNode imported = imports().api().ok(imports().upload("aziza", "staff", "staff.csv", file, false));
        assertThat(imported.get("stored").asInt()).isEqualTo(2);
        assertThat(staff.count()).isEqualTo(before + 2);
    }

    @Test
    void duplicatesInTheFileAndInTheRegistryAreRefused() {
        english("aziza");
        long before = staff.count();
        String otabeksPassport = api().ok(api().get("aziza", "/api/staff?name=Otabek")).get(0)
                .get("passportNumber").asText();
        String file = HEADER
                + "Akmal Jurayev,Specialist,JUNIOR,Ministry of Finance,Bukhara,AG7000001,2033-01-01,2020-01-01,false,ajurayev,,\n"
                + "Bekzod Jurayev,Specialist,JUNIOR,Ministry of Finance,Bukhara,AG7000002,2033-01-01,2020-01-01,false,ajurayev,,\n"
                + "Akmal Jurayev,Specialist,JUNIOR,Ministry of Finance,Bukhara,AG7000001,2033-01-01,2020-01-01,false,,,\n"
                + "Otabek Twin,Specialist,JUNIOR,Ministry of Finance,Bukhara," + otabeksPassport
                + ",2033-01-01,2020-01-01,false,aziza,,\n";

        JsonNode problem = api().read(imports().upload("aziza", "staff", "staff.csv", file, false));

        assertThat(rows(problem)).containsExactly(
                "3 username username unique row 2 of the file has this too",
                "4 passportNumber passportNumber unique row 2 of the file has this too",
                "5 passportNumber passportNumber unique another staff member has this passport number",
                "5 username username unique another staff member has this user id");
        assertThat(staff.count()).isEqualTo(before);
    }

    @Test
    void onlyOfficersAndAdministratorsImportTheRegistry() {
        english("gulnoza");
        long before = staff.count();
        String file = HEADER
                + "Nobody Special,Specialist,JUNIOR,Ministry of Finance,Bukhara,AH8000001,2033-01-01,2020-01-01,false,,,\n";

        for (String outsider : new String[] {"gulnoza", "madina", "jasur", "tokyo"}) {
            ResponseEntity<String> refused = imports().upload(outsider, "staff", "staff.csv", file, false);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(api().read(imports().upload("gulnoza", "staff", "staff.csv", file, false)).get("detail").asText())
                .isEqualTo("Only members of 'officers', 'camunda-admin' import the staff registry; gulnoza is not one");
        assertThat(imports().upload(null, "staff", "staff.csv", file, false).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(staff.count()).isEqualTo(before);
    }

    @Test
    void anImportedPersonIsNominatedAndSeesTheDelegationUnderTheirLogin() {
        User nodira = identity.newUser("nakhmedova");
        nodira.setFirstName("Nodira");
        nodira.setLastName("Akhmedova");
        nodira.setPassword("nakhmedova");
        identity.saveUser(nodira);
        String file = HEADER
                + "Nodira Akhmedova,\"Head, Public Service Centre\",MIDDLE,Khorezm regional administration,Khorezm,"
                + "AJ9000001,2034-05-01,2012-09-01,false,nakhmedova,en:B2;ru:C1,\n";

        JsonNode summary = imports().api().ok(imports().upload("aziza", "staff", "staff.csv", file, false));
        assertThat(summary.get("notes")).as("her account exists").isEmpty();
        long nodirasRecord = summary.get("ids").get(0).asLong();

        long delegation = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "Hub conference", "programmeId": %d, "memberStaffIds": [%d]}"""
                .formatted(api().programmeId("Astana Civil Service Hub"), nodirasRecord))).get("id").asLong();

        JsonNode seen = api().ok(api().get("nakhmedova", "/api/delegations/" + delegation));
        assertThat(seen.get("members").findValuesAsText("fullName")).containsExactly("Nodira Akhmedova");
        JsonNode herRegistry = api().ok(api().get("nakhmedova", "/api/staff"));
        assertThat(herRegistry.findValuesAsText("id")).containsExactly(String.valueOf(nodirasRecord));
    }

    /** Each violation as "row column field rule message", in the order of the report. */
    static List<String> rows(JsonNode problem) {
        assertThat(problem.get("violations")).as(problem.toString()).isNotNull();
        return problem.get("violations").findParents("rule").stream()
                .map(v -> v.get("row").asInt() + " " + v.get("column").asText() + " " + v.get("field").asText() + " "
                        + v.get("rule").asText() + " " + v.get("message").asText())
                .toList();
    }

    private void english(String user) {
        imports().api().exchange(user, HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
    }

    private ImportClient imports() {
        return new ImportClient(rest);
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }
}
