package org.safar.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffApiTest {

    private static final String VALID = """
            {"fullName": "Dono Ravshanova", "position": "Specialist, open data", "grade": "JUNIOR",
             "organisation": "Ministry of Digital Technologies", "region": "Karakalpakstan",
             "passportNumber": "FA7770001", "passportExpiry": "2033-01-31", "serviceStartDate": "2019-09-01",
             "personnelReserve": false,
             "languages": [{"language": "en", "level": "B2"}],
             "trips": [{"country": "KR", "departure": "2025-03-01", "returnDate": "2025-03-10",
                        "purpose": "Open data workshop"}]}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    StaffRepository staff;

    @Test
    void theDemoRegistryHoldsAtLeastFortyPeople() {
        assertThat(api().ok(api().get("aziza", "/api/staff")).size()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void searchesByNameOrganisationAndRegion() {
        assertThat(api().ok(api().get("aziza", "/api/staff?name=karimova")).findValuesAsText("fullName"))
                .containsExactlyInAnyOrder("Aziza Karimova", "Lola Karimova");
        assertThat(api().ok(api().get("aziza", "/api/staff?organisation=Fergana")).findValuesAsText("region"))
                .isNotEmpty().allMatch("Fergana"::equals);
        JsonNode samarkandJustice = api().ok(api().get("aziza", "/api/staff?region=samarkand&organisation=justice"));
        assertThat(samarkandJustice.findValuesAsText("fullName"))
                .containsExactlyInAnyOrder("Ulugbek Kadyrov", "Umida Ergasheva");
    }

    @Test
    void createsAStaffMemberWithLanguagesAndTrips() {
        ResponseEntity<String> created = api().post("aziza", "/api/staff", VALID);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = api().read(created).get("id").asLong();
        JsonNode fetched = api().ok(api().get("aziza", "/api/staff/" + id));
        assertThat(fetched.get("languages").get(0).get("level").asText()).isEqualTo("B2");
        assertThat(fetched.get("trips").get(0).get("country").asText()).isEqualTo("KR");
        assertThat(fetched.get("yearsOfService").asInt()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void refusesBadInputNamingTheFieldAndTheRule() {
        assertRejected(VALID.replace("\"JUNIOR\"", "\"CAPTAIN\""), "grade", "oneOf");
        assertRejected(VALID.replace("\"FA7770001\"", "\"fa-77\""), "passportNumber", "pattern");
        assertRejected(VALID.replace("\"passportExpiry\": \"2033-01-31\",", ""), "passportExpiry",
                "together");
        assertRejected(VALID.replace("2019-09-01", "2099-09-01"), "serviceStartDate", "notInFuture");
        assertRejected(VALID.replace("\"returnDate\": \"2025-03-10\"", "\"returnDate\": \"2025-02-10\""),
                "trips[0].returnDate", "order");
        assertRejected(VALID.replace("\"en\"", "\"English\""), "languages[0].language", "pattern");
        assertRejected(VALID.replace("Dono Ravshanova", "x".repeat(201)), "fullName", "maxLength");
    }

    @Test
    void refusesAPassportNumberThatIsAlreadyOnRecord() {
        String existing = api().ok(api().get("aziza", "/api/staff?name=Otabek")).get(0).get("passportNumber").asText();
        assertRejected(VALID.replace("FA7770001", existing), "passportNumber", "unique");
    }

    @Test
    void answersUnknownStaffWith404() {
        assertThat(api().get("aziza", "/api/staff/424242").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertRejected(String body, String field, String rule) {
        long before = staff.count();
        ResponseEntity<String> response = api().post("aziza", "/api/staff", body);
        assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().read(response).get("violations")).as(response.getBody()).anySatisfy(violation -> {
            assertThat(violation.get("field").asText()).isEqualTo(field);
            assertThat(violation.get("rule").asText()).isEqualTo(rule);
        });
        assertThat(staff.count()).isEqualTo(before);
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
