package org.safar.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.safar.CapturedLog;
import org.safar.SafarApi;
import org.safar.funding.internal.BudgetLineRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** {@code /api/budget-lines}: finance opens lines; finance, officers and agency directors read them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BudgetLineApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    BudgetLineRepository lines;

    private SafarApi api() {
        return new SafarApi(rest);
    }

    private static String line(String code) {
        return """
                {"fundingSource": "KOICA", "year": 2099, "code": "%s", "name": "KOICA counterpart fund",
                 "allocation": 25000, "spent": 1500.50}""".formatted(code);
    }

    @Test
    void financeOpensALineThatEveryoneConcernedCanRead() {
        ResponseEntity<String> created = api().post("madina", "/api/budget-lines", line("KOICA-CF-2099"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = api().read(created);
        long id = body.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/budget-lines/" + id);
        assertThat(body.get("fundingSource").asText()).isEqualTo("KOICA");
        assertThat(body.get("year").asInt()).isEqualTo(2099);
        assertThat(body.get("allocation").decimalValue()).isEqualByComparingTo("25000");
        assertThat(body.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.get("spent").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(body.get("available").decimalValue()).isEqualByComparingTo("23499.50");
        assertThat(body.get("reservations")).isEmpty();

        for (String reader : new String[] {"madina", "aziza", "otabek"}) {
            assertThat(api().ok(api().get(reader, "/api/budget-lines")).findValuesAsText("code"))
                    .as("lines %s sees", reader).contains("KOICA-CF-2099");
            assertThat(api().ok(api().get(reader, "/api/budget-lines/" + id)).get("name").asText())
                    .isEqualTo("KOICA counterpart fund");
        }
    }

    @Test
    void theSameLineOpenedEightTimesAtOnceIsOpenedOnceAndTheOthersAreToldItExists() throws Exception {
        CyclicBarrier together = new CyclicBarrier(8);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        // A loser's insert that the unique key refuses is logged by Hibernate before Spring makes it a 409:
        // held back and checked here, since the refusal is the point.
        try (CapturedLog log = CapturedLog.of("org.hibernate.engine.jdbc.spi.SqlExceptionHelper")) {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(() -> {
                    together.await();
                    return api().post("madina", "/api/budget-lines", line("RACE-2099"));
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.getStatusCode().value());
                if (response.getStatusCode().value() == 409) {
                    assertThat(api().read(response).get("type").asText()).endsWith("/duplicate-budget-line");
                }
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(log.errors()).allSatisfy(error -> assertThat(error).contains("BUDGET_LINE(CODE"));
        } finally {
            callers.shutdownNow();
        }
        assertThat(lines.findAll()).filteredOn(line -> line.getCode().equals("RACE-2099")).hasSize(1);
    }

    @Test
    void theDemoHasOwnBudgetLinesForThisYearAndNextOneOfThemNearlyUsedUp() {
        JsonNode all = api().ok(api().get("madina", "/api/budget-lines"));
        int year = LocalDate.now().getYear();

        assertThat(all.findValuesAsText("code")).contains("ADPS-TRN-" + year, "ADPS-TRN-" + (year + 1),
                "ADPS-CONF-" + year);
        for (JsonNode line : all) {
            if (line.get("code").asText().equals("ADPS-CONF-" + year)) {
                assertThat(line.get("available").decimalValue()).isLessThan(line.get("allocation").decimalValue()
                        .multiply(new BigDecimal("0.1")));
            }
        }
        // The list leaves out the reservations; one line shows them.
        assertThat(all.get(0).has("reservations")).isFalse();
    }

    @Test
    void invalidLinesAreRefusedFieldByFieldAndNothingIsSaved() {
        long before = lines.count();

        assertInvalid("""
                {"fundingSource": "own budget", "year": 1999, "code": "", "name": " ", "allocation": -5}""",
                "fundingSource", "year", "code", "name", "allocation");
        assertInvalid("""
                {"fundingSource": "GIZ", "year": 2099, "code": "GIZ-OVER-2099", "name": "Overspent",
                 "allocation": 1000, "spent": 1000.01}""", "spent");
        assertInvalid("""
                {"fundingSource": "GIZ", "year": "next", "code": "GIZ-Y", "name": "Typed", "allocation": 1}""",
                "year");
        assertInvalid("""
                {"fundingSource": "GIZ", "year": 2099, "code": "GIZ-CENTS", "name": "Cents",
                 "allocation": 10.001}""", "allocation");

        assertThat(lines.count()).isEqualTo(before);
    }

    @Test
    void aCodeIsUsedOnceOnly() {
        api().ok(api().post("madina", "/api/budget-lines", line("KOICA-TWICE-2099")));

        ResponseEntity<String> again = api().post("madina", "/api/budget-lines", line("KOICA-TWICE-2099"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api().read(again).get("detail").asText()).contains("KOICA-TWICE-2099");
    }

    @Test
    void onlyFinanceOpensLinesAndOnlyThoseConcernedReadThem() {
        long before = lines.count();

        for (String notFinance : new String[] {"aziza", "otabek", "gulnoza"}) {
            ResponseEntity<String> refused = api().post(notFinance, "/api/budget-lines", line("X-" + notFinance));
            assertThat(refused.getStatusCode()).as(notFinance).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(lines.count()).isEqualTo(before);

        long anyLine = api().ok(api().get("madina", "/api/budget-lines")).get(0).get("id").asLong();
        for (String outsider : new String[] {"gulnoza", "bakhtiyor", "jasur", "tokyo"}) {
            assertThat(api().get(outsider, "/api/budget-lines").getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api().get(outsider, "/api/budget-lines/" + anyLine).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(api().get(null, "/api/budget-lines").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownLineIsNotFound() {
        ResponseEntity<String> missing = api().get("madina", "/api/budget-lines/987654");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private void assertInvalid(String body, String... fields) {
        ResponseEntity<String> response = api().post("madina", "/api/budget-lines", body);
        assertThat(response.getStatusCode()).as(body + " → " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(api().read(response).get("violations").findValuesAsText("field")).contains(fields);
    }
}
