package org.safar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The requests of issue 14, each answered with a problem that names the field and the rule, in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestReadingTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper shared;

    @Test
    void readsOnlyWhatTheRequestDeclares() {
        assertViolation("POST", "/api/delegations/1/cancel", "{\"reason\":\"a\",\"reason\":\"b\"}", "reason",
                "duplicateKey");
        assertViolation("PUT", "/api/me/language", "{\"language\":\"ru\",\"language\":\"en\"}", "language",
                "duplicateKey");
        assertViolation("POST", "/api/delegations", "{\"title\":\"Trip\",\"programmeId\":1.5,\"memberStaffIds\":[1]}",
                "programmeId", "type");
        assertViolation("POST", "/api/delegations", "{\"title\":\"Trip\",\"programmeId\":1,\"memberStaffIds\":[1],"
                + "\"colour\":\"red\"}", "colour", "unknownField");
        assertViolation("POST", "/api/staff", """
                {"fullName": "Zarina Usmonova", "position": "Chief specialist", "grade": "MIDDLE",
                 "organisation": "Ministry of Justice", "region": "Tashkent", "serviceStartDate": "2015-09-01",
                 "languages": [null]}""", "languages[0]", "required");
        assertViolation("POST", "/api/staff", """
                {"fullName": "Zarina Usmonova", "position": "Chief specialist", "grade": "MIDDLE",
                 "organisation": "Ministry of Justice", "region": "Tashkent", "serviceStartDate": "2015-09-01T00:00"}""",
                "serviceStartDate", "type");
        assertViolation("POST", "/api/delegations", "[]", "body", "type");
        assertViolation("POST", "/api/delegations", "\"x\"", "body", "type");
        assertViolation("POST", "/api/delegations", "null", "body", "required");
        assertViolation("POST", "/api/delegations", "{\"title\": ", "body", "json");
        assertViolation("PUT", "/api/me/language", "{\"language\": null}", "language", "required");
        assertViolation("POST", "/api/staff", """
                {"fullName": "Zarina Usmonova", "position": "Chief specialist", "grade": " MIDDLE",
                 "organisation": "Ministry of Justice", "region": "Tashkent", "serviceStartDate": "2015-09-01"}""",
                "grade", "oneOf");
        assertViolation("POST", "/api/programmes", """
                {"title": "Seminar", "kind": "STUDY_TRIP", "hostCountry": "DE", "hostInstitution": "Academy",
                 "startDate": "2031-03-02", "endDate": "2031-03-06", "seats": 5, "fundingSource": "OWN_BUDGET",
                 "airfareEstimateUsd": 1e2147483647}""", "airfareEstimateUsd", "range");
    }

    @Test
    void aCallThatTakesNoJsonIsRefusedBeforeItActs() {
        long before = rows();
        String opensADelegation = "{\"title\": \"Deputies to Berlin\", \"programmeId\": %d, \"memberStaffIds\": %s}"
                .formatted(api().programmeId("Study trip: citizen service centres in Germany"),
                        api().staffIds("Akmal Tojiboev"));
        ResponseEntity<String> response = send("aziza", HttpMethod.POST, "/api/delegations", opensADelegation,
                MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML);
        assertProblem(response, 406);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void namesTheAllowedValuesAndNoJavaType() {
        ResponseEntity<String> response = api().exchange("aziza", HttpMethod.POST, "/api/programmes", """
                {"title": "Seminar", "kind": "HOLIDAY", "hostCountry": "DE", "hostInstitution": "Academy",
                 "startDate": "soon", "endDate": "2031-03-06", "seats": 5, "fundingSource": "OWN_BUDGET",
                 "airfareEstimateUsd": 900}""");
        assertThat(response.getBody()).contains("STUDY_TRIP, SHORT_COURSE, LONG_INTERNSHIP")
                .doesNotContain("ProgrammeKind", "LocalDate", "java.");
    }

    @Test
    void aShortCourseSendsTenToFifteenAndAProgrammeIsNotInThePast() {
        api().exchange("aziza", HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
        ResponseEntity<String> response = api().exchange("aziza", HttpMethod.POST, "/api/programmes", """
                {"title": "Seminar", "kind": "SHORT_COURSE", "hostCountry": "JP", "hostInstitution": "Academy",
                 "startDate": "2020-03-02", "endDate": "2020-03-06", "seats": 30, "fundingSource": "JICA",
                 "airfareEstimateUsd": 900}""");
        JsonNode violations = api().read(response).get("violations");
        assertThat(violations.findValuesAsText("field")).containsExactly("seats", "startDate");
        assertThat(violations.get(0).get("message").asText()).isEqualTo("a short course sends 10–15 people");
        assertThat(violations.get(1).get("rule").asText()).isEqualTo("notInPast");
    }

    @Test
    void speaksTheCallersLanguage() {
        assertThat(api().exchange("bakhtiyor", HttpMethod.PUT, "/api/me/language", "{\"language\": \"ru\"}")
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> response = api().exchange("bakhtiyor", HttpMethod.PUT, "/api/me/language",
                "{\"language\": \"xx\"}");
        JsonNode violation = api().read(response).get("violations").get(0);
        assertThat(violation.get("rule").asText()).isEqualTo("oneOf");
        assertThat(violation.get("message").asText()).isEqualTo("должно быть одним из значений: en, ru, uz, kk, mn");
    }

    @Test
    void refusalsThatAreNoRuleSpeakTheCallersLanguageToo() {
        api().exchange("bakhtiyor", HttpMethod.PUT, "/api/me/language", "{\"language\": \"ru\"}");
        JsonNode refused = api().read(api().exchange("bakhtiyor", HttpMethod.POST, "/api/delegations/1/cancel",
                "{\"reason\": \"Не моя\"}"));
        assertThat(refused.get("title").asText()).isEqualTo("Нет прав");
        assertThat(refused.get("detail").asText())
                .isEqualTo("Только члены группы 'officers' могут отменять делегации; bakhtiyor в неё не входит");
        JsonNode missing = api().read(api().get("bakhtiyor", "/api/programmes/987654"));
        assertThat(missing.get("title").asText()).isEqualTo("Не найдено");
        assertThat(missing.get("detail").asText()).isEqualTo("Программы 987654 нет");

        api().exchange("aziza", HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
        assertThat(api().read(api().get("aziza", "/api/programmes/987654")).get("detail").asText())
                .isEqualTo("Programme 987654 does not exist");
    }

    @Test
    void aRefusedCancelSaysWhatOnlyOfficersDo() {
        api().exchange("gulnoza", HttpMethod.PUT, "/api/me/language", "{\"language\": \"en\"}");
        ResponseEntity<String> response = api().exchange("gulnoza", HttpMethod.POST, "/api/delegations/1/cancel",
                "{\"reason\": \"Not mine\"}");
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(api().read(response).get("detail").asText()).contains("cancel delegations")
                .doesNotContain("open and nominate");
    }

    @Test
    void everyErrorPathIsAProblemWithTheHeaders() {
        assertProblem(send("aziza", HttpMethod.GET, "/api/no-such-thing", null, MediaType.APPLICATION_JSON, null), 404);
        assertProblem(send("aziza", HttpMethod.DELETE, "/api/programmes", null, MediaType.APPLICATION_JSON, null), 405);
        assertProblem(send("aziza", HttpMethod.POST, "/api/programmes", "title=x", MediaType.TEXT_PLAIN, null), 415);
        assertProblem(send("aziza", HttpMethod.GET, "/api/programmes", null, MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_XML), 406);
        assertProblem(send(null, HttpMethod.GET, "/api/programmes", null, MediaType.APPLICATION_JSON, null), 401);
        ResponseEntity<String> ok = send("aziza", HttpMethod.GET, "/api/programmes", null, MediaType.APPLICATION_JSON,
                null);
        assertThat(ok.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(ok.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theSharedMapperAndTheEngineKeepTheirOwnReading() throws Exception {
        assertThat(shared.readTree("{\"a\": 1, \"a\": 2}").get("a").asInt()).isEqualTo(2);
        assertThat(org.camunda.spin.Spin.JSON("{\"a\": 1, \"a\": 2}").prop("a").numberValue().intValue()).isEqualTo(2);
        ResponseEntity<String> engine = api().exchange("aziza", HttpMethod.POST, "/engine-rest/task/count",
                "{\"assignee\": \"aziza\", \"assignee\": \"aziza\"}");
        assertThat(engine.getStatusCode().value()).isEqualTo(200);
    }

    private void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(response.getBody())
                .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getBody()).doesNotContain("Exception", "at org.");
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, MediaType type,
            MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (accept != null) {
            headers.setAccept(List.of(accept));
        }
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private void assertViolation(String method, String path, String body, String field, String rule) {
        long before = rows();
        ResponseEntity<String> response = api().exchange("aziza", HttpMethod.valueOf(method), path, body);
        assertThat(response.getStatusCode().value()).as("%s: %s", body, response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode violation = api().read(response).get("violations").get(0);
        assertThat(violation.get("field").asText()).as(response.getBody()).isEqualTo(field);
        assertThat(violation.get("rule").asText()).as(response.getBody()).isEqualTo(rule);
        assertThat(response.getBody()).doesNotContain("Exception", "java.", "LocalDate");
        assertThat(rows()).isEqualTo(before);
    }

    private long rows() {
        return List.of("delegation", "programme", "staff_member", "ACT_RU_EXECUTION", "ACT_RU_TASK").stream()
                .mapToLong(table -> jdbc.queryForObject("select count(*) from " + table, Long.class)).sum();
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
