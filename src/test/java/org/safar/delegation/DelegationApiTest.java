package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.delegation.internal.DelegationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DelegationApiTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DelegationRepository delegations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void openingADelegationStartsItsLifecycle() {
        long kazakhstan = api().programmeId("Astana Civil Service Hub");
        ResponseEntity<String> created = api().post("aziza", "/api/delegations", """
                {"title": "Hub conference", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(kazakhstan, api().staffIds("Islom Abdurakhmonov", "Javlon Rakhmonov")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode delegation = api().read(created);
        long id = delegation.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/delegations/" + id);
        assertThat(delegation.get("stage").asText()).isEqualTo("VETTING");
        assertThat(delegation.get("programme").get("hostCountry").asText()).isEqualTo("KZ");
        assertThat(delegation.get("openTasks").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Clear Islom Abdurakhmonov", "Clear Javlon Rakhmonov");
        assertThat(delegation.get("openTasks").get(0).get("candidateGroups").get(0).asText()).isEqualTo("hr-vetting");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKeys.of(id))
                .processDefinitionKey("delegation").count()).isEqualTo(1);
    }

    @Test
    void aNominationThatCannotGoOnSaysWhyInTheKindsRuleAndForEachIneligibleMember() {
        long japan = api().programmeId("Advanced training in public administration");
        JsonNode delegation = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "Too small a course", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(japan, api().staffIds("Eldor Fayziev", "Alisher Nurmatov"))));

        assertThat(delegation.get("stage").asText()).isEqualTo("NOMINATION");
        List<String> problems = new ArrayList<>();
        delegation.get("problems").forEach(problem -> problems.add(problem.asText()));
        assertThat(problems).first().isEqualTo("A short course sends 10–15 people; this delegation has 2.");
        assertThat(problems).hasSize(2).last().asString().startsWith("Alisher Nurmatov: Passport expires");
        assertThat(delegation.get("members").findValuesAsText("fullName"))
                .containsExactly("Eldor Fayziev", "Alisher Nurmatov");
    }

    @Test
    void listsDelegationsByStageHostCountryAndProgramme() {
        long mongolia = api().programmeId("Peer-learning exchange");
        long id = api().ok(api().post("aziza", "/api/delegations", """
                {"title": "Peer learning", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(mongolia, api().staffIds("Mohira Salimova")))).get("id").asLong();

        assertThat(ids("/api/delegations?hostCountry=MN")).contains(String.valueOf(id));
        assertThat(ids("/api/delegations?programmeId=" + mongolia)).contains(String.valueOf(id));
        assertThat(ids("/api/delegations?stage=VETTING&hostCountry=MN")).contains(String.valueOf(id));
        assertThat(ids("/api/delegations?hostCountry=DE")).doesNotContain(String.valueOf(id));
        assertThat(ids("/api/delegations?stage=COMPLETED&hostCountry=MN")).doesNotContain(String.valueOf(id));
        assertThat(ids("/api/delegations?stage=NOMINATION&hostCountry=MN")).doesNotContain(String.valueOf(id));
    }

    @Test
    void badRequestsChangeNothing() {
        long japan = api().programmeId("Advanced training in public administration");
        long kazakhstan = api().programmeId("Astana Civil Service Hub");
        String someone = String.valueOf(api().staffId("Eldor Fayziev"));

        assertProblem("aziza", "{\"title\": \"No members\", \"programmeId\": %d, \"memberStaffIds\": []}"
                .formatted(japan), HttpStatus.BAD_REQUEST, "memberStaffIds");
        assertProblem("aziza", "{\"programmeId\": %d, \"memberStaffIds\": [%s]}".formatted(japan, someone),
                HttpStatus.BAD_REQUEST, "title");
        assertProblem("aziza", "{\"title\": \"Twice\", \"programmeId\": %d, \"memberStaffIds\": [%s, %s]}"
                .formatted(kazakhstan, someone, someone), HttpStatus.BAD_REQUEST, "memberStaffIds");
        assertProblem("aziza", "{\"title\": \"Typed\", \"programmeId\": \"japan\", \"memberStaffIds\": [1]}",
                HttpStatus.BAD_REQUEST, "programmeId");
        assertProblem("aziza", "{\"title\": \"Lost\", \"programmeId\": 987654, \"memberStaffIds\": [%s]}"
                .formatted(someone), HttpStatus.NOT_FOUND, null);
        assertProblem("aziza", "{\"title\": \"Ghost\", \"programmeId\": %d, \"memberStaffIds\": [%s, 987654]}"
                .formatted(kazakhstan, someone), HttpStatus.NOT_FOUND, null);
        assertProblem("aziza", "{\"title\": ", HttpStatus.BAD_REQUEST, "body");
        assertProblem("gulnoza", "{\"title\": \"Not an officer\", \"programmeId\": %d, \"memberStaffIds\": [%s]}"
                .formatted(kazakhstan, someone), HttpStatus.FORBIDDEN, null);
    }

    @Test
    void answersUnknownDelegationsWith404AndUnknownStagesWith400() {
        assertThat(api().get("aziza", "/api/delegations/55555").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> badStage = api().get("aziza", "/api/delegations?stage=FLYING");
        assertThat(badStage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api().read(badStage).get("violations").get(0).get("field").asText()).isEqualTo("stage");
    }

    private void assertProblem(String user, String body, HttpStatus status, String field) {
        long before = delegations.count();
        long instances = runtime.createProcessInstanceQuery().count();
        ResponseEntity<String> response = api().post(user, "/api/delegations", body);
        assertThat(response.getStatusCode()).as(body + " → " + response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        if (field != null) {
            assertThat(api().read(response).get("violations").findValuesAsText("field")).contains(field);
        }
        assertThat(delegations.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        api().ok(api().get("aziza", path)).forEach(delegation -> ids.add(delegation.get("id").asText()));
        return ids;
    }

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }
}
