package org.safar.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whatever a caller sends that Safar cannot take gets a 4xx problem detail that says why, and leaves
 * the database as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTest {

    private static final List<String> TABLES = List.of("delegation", "delegation_member", "programme",
            "staff_member", "budget_line", "ACT_RU_EXECUTION", "ACT_RU_TASK");
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";
    private static final String SQL = "Study trip'); DELETE FROM delegation; --";
    private static final String EXPRESSION = "${identityService.deleteUser('madina')}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    private List<Integer> before;

    @BeforeEach
    void countRows() {
        before = rowCounts();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(rowCounts()).as("rows in %s", TABLES).isEqualTo(before);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("malformed JSON", "POST", "/api/delegations", "{\"title\": \"Trip\", \"programmeId\": ", 400, "body"),
                bad("not JSON at all", "POST", "/api/programmes", "title=Trip", 400, "body"),
                bad("a number given as text", "POST", "/api/delegations",
                        "{\"title\": \"Trip\", \"programmeId\": \"Japan\", \"memberStaffIds\": [1]}", 400, "programmeId"),
                bad("an unknown kind", "POST", "/api/programmes", programme("\"kind\": \"HOLIDAY\""), 400, "kind"),
                bad("missing fields", "POST", "/api/delegations", "{}", 400, "title"),
                bad("no members", "POST", "/api/delegations",
                        "{\"title\": \"Trip\", \"programmeId\": 1, \"memberStaffIds\": []}", 400, "memberStaffIds"),
                bad("an oversized title", "POST", "/api/delegations",
                        "{\"title\": \"" + "x".repeat(201) + "\", \"programmeId\": 1, \"memberStaffIds\": [1]}", 400,
                        "title"),
                bad("an oversized field", "POST", "/api/staff", staff("\"position\": \"" + "y".repeat(300_000) + "\""),
                        400, "position"),
                bad("an unknown programme", "POST", "/api/delegations",
                        "{\"title\": \"Trip\", \"programmeId\": 999999, \"memberStaffIds\": [1]}", 404, null),
                bad("an unknown staff member", "POST", "/api/delegations",
                        "{\"title\": \"Trip\", \"programmeId\": 1, \"memberStaffIds\": [999999]}", 404, null),
                bad("an unknown delegation", "GET", "/api/delegations/999999", null, 404, null),
                bad("an unknown delegation to cancel", "POST", "/api/delegations/999999/cancel",
                        "{\"reason\": \"Host postponed\"}", 404, null),
                bad("SQL as an id", "GET", "/api/delegations/1 OR 1=1", null, 400, "id"),
                bad("SQL in a filter", "GET", "/api/delegations?hostCountry=JP' OR '1'='1", null, 400, "hostCountry"),
                bad("an unknown stage", "GET", "/api/delegations?stage=PARTY", null, 400, "stage"),
                bad("dates in the wrong order", "POST", "/api/programmes",
                        programme("\"startDate\": \"2031-03-06\", \"endDate\": \"2031-03-02\""), 400, "endDate"),
                bad("a return before the departure", "POST", "/api/staff", staff("\"trips\": [{\"country\": \"KR\","
                        + " \"departure\": \"2024-05-10\", \"returnDate\": \"2024-05-01\", \"purpose\": \"Course\"}]"),
                        400, "trips[0].returnDate"),
                bad("script in a title", "POST", "/api/delegations",
                        "{\"title\": \"" + SCRIPT + "\", \"programmeId\": 1, \"memberStaffIds\": [1]}", 400, "title"),
                bad("SQL in a title", "POST", "/api/delegations",
                        "{\"title\": \"" + SQL + "\", \"programmeId\": 1, \"memberStaffIds\": [1]}", 400, "title"),
                bad("an expression in a title", "POST", "/api/programmes",
                        programme("\"title\": \"" + EXPRESSION + "\""), 400, "title"),
                bad("script in a name", "POST", "/api/staff", staff("\"fullName\": \"" + SCRIPT + "\""), 400,
                        "fullName"),
                bad("an expression in a reason", "POST", "/api/delegations/1/cancel",
                        "{\"reason\": \"" + EXPRESSION + "\"}", 400, "reason"),
                bad("script in a budget line", "POST", "/api/budget-lines", """
                        {"fundingSource": "OWN_BUDGET", "year": 2031, "code": "ADPS-TRN-2031",
                         "name": "%s", "allocation": 1000}""".formatted(SCRIPT), 400, "name"));
    }

    private static Arguments bad(String what, String method, String path, String body, int status, String field) {
        return Arguments.of(what, method, path, body, status, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithAProblemAndChangesNothing(String what, String method, String path, String body, int status,
            String field) {
        String user = path.startsWith("/api/budget-lines") ? "madina" : "aziza";
        SafarApi api = new SafarApi(rest);
        ResponseEntity<String> response = api.exchange(user, HttpMethod.valueOf(method), path, body);

        assertThat(response.getStatusCode().value()).as("%s: %s", what, response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = api.read(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.getBody()).doesNotContain("Exception", "at org.", "<script>");
        if (field != null) {
            assertThat(problem.get("violations").findValuesAsText("field")).as(response.getBody()).contains(field);
        }
    }

    /** A valid new programme, but for the fields given. */
    private static String programme(String fields) {
        return withDefaults(fields, new String[][] {{"title", "\"Open government seminar\""},
            {"kind", "\"STUDY_TRIP\""}, {"hostCountry", "\"DE\""},
            {"hostInstitution", "\"Federal Academy of Public Administration\""}, {"startDate", "\"2031-03-02\""},
            {"endDate", "\"2031-03-06\""}, {"seats", "5"}, {"fundingSource", "\"OWN_BUDGET\""},
            {"airfareEstimateUsd", "900"}});
    }

    /** A valid new staff member, but for the fields given. */
    private static String staff(String fields) {
        return withDefaults(fields, new String[][] {{"fullName", "\"Zarina Usmonova\""},
            {"position", "\"Chief specialist\""}, {"grade", "\"MIDDLE\""}, {"organisation", "\"Ministry of Justice\""},
            {"region", "\"Tashkent\""}, {"serviceStartDate", "\"2015-09-01\""}});
    }

    private static String withDefaults(String fields, String[][] defaults) {
        StringBuilder json = new StringBuilder("{").append(fields);
        for (String[] field : defaults) {
            if (!fields.contains("\"" + field[0] + "\"")) {
                json.append(", \"").append(field[0]).append("\": ").append(field[1]);
            }
        }
        return json.append('}').toString();
    }

    private List<Integer> rowCounts() {
        return TABLES.stream().map(table -> jdbc.queryForObject("select count(*) from " + table, Integer.class))
                .toList();
    }
}
