package org.safar.programme;

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
class ProgrammeApiTest {

    private static final String VALID = """
            {"title": "Municipal e-services exchange", "kind": "STUDY_TRIP", "hostCountry": "KR",
             "hostInstitution": "Seoul Metropolitan Government", "startDate": "2030-05-04", "endDate": "2030-05-10",
             "fundingSource": "KOICA", "donorCoversAirfare": true, "donorCoversLodging": true,
             "donorCoversDailyAllowance": false, "airfareEstimateUsd": 1100, "seats": 5,
             "requiredLanguage": "en", "requiredLanguageLevel": "B1"}""";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProgrammeRepository programmes;

    @Test
    void listsTheDemoProgrammesDrawnFromTheSeeds() {
        JsonNode all = api().ok(api().get("aziza", "/api/programmes"));
        assertThat(all.findValuesAsText("hostCountry")).contains("JP", "DE", "KR", "KZ", "MN");
        assertThat(all.findValuesAsText("kind")).contains("SHORT_COURSE", "LONG_INTERNSHIP", "STUDY_TRIP");
        assertThat(all.findValuesAsText("fundingSource")).contains("JICA", "GIZ", "KOICA", "OWN_BUDGET");
    }

    @Test
    void createsAProgrammeAndGetsItBack() {
        ResponseEntity<String> created = api().post("aziza", "/api/programmes", VALID);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode programme = api().read(created);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/programmes/" + programme.get("id").asLong());
        assertThat(programme.get("days").asInt()).isEqualTo(7);
        JsonNode fetched = api().ok(api().get("aziza", "/api/programmes/" + programme.get("id").asLong()));
        assertThat(fetched.get("hostInstitution").asText()).isEqualTo("Seoul Metropolitan Government");
    }

    @Test
    void refusesMissingFieldsWithTheFieldAndTheRule() {
        assertRejected(VALID.replace("\"title\": \"Municipal e-services exchange\",", ""), "title", "required");
        assertRejected(VALID.replace("\"KR\"", "\"Korea\""), "hostCountry", "pattern");
        assertRejected(VALID.replace("\"seats\": 5", "\"seats\": 0"), "seats", "range");
        assertRejected(VALID.replace("\"B1\"", "\"B7\""), "requiredLanguageLevel", "oneOf");
    }

    @Test
    void refusesRulesThatSpanSeveralFields() {
        assertRejected(VALID.replace("2030-05-10", "2030-05-01"), "endDate", "order");
        assertRejected(VALID.replace("2030-05-10", "2030-07-10"), "endDate", "duration");
        assertRejected(VALID.replace("\"STUDY_TRIP\"", "\"SHORT_COURSE\""), "seats", "groupSize");
        assertRejected(VALID.replace("\"requiredLanguage\": \"en\",", ""), "requiredLanguageLevel",
                "together");
        assertRejected(VALID.replace("\"KOICA\"", "\"OWN_BUDGET\""), "fundingSource", "donorCoverage");
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        assertRejected("{\"title\": ", "body", "json");
        assertRejected(VALID.replace("\"seats\": 5", "\"seats\": \"five\""), "seats", "type");
        assertRejected(VALID.replace("\"2030-05-04\"", "\"next week\""), "startDate", "type");
    }

    @Test
    void answersUnknownProgrammesWith404() {
        ResponseEntity<String> response = api().get("aziza", "/api/programmes/999999");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // In Aziza's language, Uzbek, as Safar writes her e-mails.
        assertThat(api().read(response).get("detail").asText()).isEqualTo("Dastur 999999 mavjud emas");
        assertThat(api().get("aziza", "/api/programmes/abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private void assertRejected(String body, String field, String rule) {
        long before = programmes.count();
        ResponseEntity<String> response = api().post("aziza", "/api/programmes", body);
        assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode violations = api().read(response).get("violations");
        assertThat(violations).as(response.getBody()).anySatisfy(violation -> {
            assertThat(violation.get("field").asText()).isEqualTo(field);
            assertThat(violation.get("rule").asText()).isEqualTo(rule);
            assertThat(violation.get("message").asText()).isNotBlank();
        });
        assertThat(programmes.count()).isEqualTo(before);
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
