package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.identity.TasklistSession;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each delegation's reference (SAF-2027-0042), and the headline that tells its tasks from another
 * delegation's tasks of the same kind in Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskHeadlinesTest {

    private static final String GERMANY = "Study trip: citizen service centres in Germany";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    Clock clock;

    @Test
    void referencesNumberTheYearsOpeningsAndAreTheBusinessKey() {
        List<JsonNode> opened = IntStream.rangeClosed(1, 3).mapToObj(n -> open("PSC leads to Berlin, group " + n))
                .toList();

        String year = "SAF-" + LocalDate.now(clock).getYear() + "-";
        List<String> references = opened.stream().map(view -> view.get("reference").asText()).toList();
        assertThat(references).allMatch(reference -> reference.matches("SAF-\\d{4}-\\d{4,}"))
                .allMatch(reference -> reference.startsWith(year));
        int first = Integer.parseInt(references.get(0).substring(year.length()));
        assertThat(references).containsExactly(year + "%04d".formatted(first), year + "%04d".formatted(first + 1),
                year + "%04d".formatted(first + 2));
        for (JsonNode view : opened) {
            assertThat(BusinessKeys.of(view.get("id").asLong())).isEqualTo(view.get("reference").asText());
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(view.get("reference").asText())
                    .processDefinitionKey(DelegationVariables.PROCESS_KEY).count()).isOne();
        }
    }

    /**
     * Three groups of the same two people to one programme: six "Clear …" tasks for the vetting officer, two
     * per person. In Tasklist each names its delegation's reference and title, the host country and the dates,
     * in the reader's language.
     */
    @Test
    void tasksOfTheSameKindAreToldApartByTheirDelegationInTasklist() {
        List<JsonNode> opened = IntStream.rangeClosed(1, 3).mapToObj(n -> open("Berlin, group " + n)).toList();
        Programme germany = programmes.get(api().programmeId(GERMANY));
        DateTimeFormatter russian = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("ru"));
        String where = "Германия · " + russian.format(germany.getStartDate()) + " – "
                + russian.format(germany.getEndDate());

        TasklistSession gulnoza = new TasklistSession(port, "ru-RU,ru;q=0.9");
        assertThat(gulnoza.login("gulnoza", "gulnoza")).isEqualTo(200);
        List<String> names = gulnoza.tasksThroughEveryFilter().stream().map(task -> task.get("name").asText())
                .distinct().toList();

        for (JsonNode delegation : opened) {
            String headline = delegation.get("reference").asText() + " · " + delegation.get("title").asText()
                    + " · " + where;
            assertThat(names.stream().filter(name -> name.endsWith(" — " + headline)))
                    .as("Gulnoza's tasks of %s", headline).hasSize(2)
                    .anyMatch(name -> name.contains("Malika Yusupova"))
                    .anyMatch(name -> name.contains("Sherzod Mahmudov"));
        }
    }

    private JsonNode open(String title) {
        SafarApi api = api();
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, api.programmeId(GERMANY), api.staffIds("Malika Yusupova", "Sherzod Mahmudov"))));
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }
}
