package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * A programme to a host country that had no embassy group: the group comes with the programme, with
 * what every group working in Tasklist gets, so that its liaisons see the request for host
 * arrangements in Tasklist as soon as an administrator has put them into it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NewHostCountryTest {

    private static final String FRANCE = "Public service centres of France";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aProgrammeToFranceGivesItsEmbassyAGroupWhoseLiaisonSeesTheRequestInTasklist() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        assertThat(identity.createGroupQuery().groupId("embassy-FR").count()).as("embassy-FR before").isZero();

        assertThat(api.post("aziza", "/api/programmes", programme(FRANCE)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Group embassy = identity.createGroupQuery().groupId("embassy-FR").singleResult();
        assertThat(embassy.getName()).isEqualTo("Embassy liaison, FR");
        assertThat(embassy.getType()).isEqualTo("WORKFLOW");
        assertThat(authorizations.isUserAuthorized(null, List.of("embassy-FR"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).as("Tasklist for embassy-FR").isTrue();
        // A second programme there finds everything in place.
        assertThat(api.post("aziza", "/api/programmes", programme("Prefectures of France")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("embassy-FR").resourceType(Resources.APPLICATION)
                .count()).as("grants of Tasklist to embassy-FR").isOne();

        // The administrator adds the liaison in Paris to the group in Admin.
        User liaison = identity.newUser("paris");
        liaison.setFirstName("Dilnoza");
        liaison.setLastName("Yuldasheva");
        liaison.setEmail("paris@safar.example");
        liaison.setPassword("paris");
        identity.saveUser(liaison);
        identity.createMembership("paris", "embassy-FR");

        long delegation = ApprovedDelegations.waitingForTheEmbassy(api, FRANCE, "Study trip to Paris",
                "Jasur Tursunov", "Islom Abdurakhmonov");
        TasklistSession paris = new TasklistSession(port);
        assertThat(paris.login("paris", "paris")).isEqualTo(200);
        assertThat(paris.tasksThroughEveryFilter()).as("tasks in the Tasklist filters of paris")
                .anyMatch(task -> task.get("name").asText().startsWith("Confirm host arrangements"));
        assertThat(api.get("paris", "/api/delegations/" + delegation).getStatusCode()).isEqualTo(HttpStatus.OK);

        TasklistSession seoul = new TasklistSession(port);
        assertThat(seoul.login("seoul", "seoul")).isEqualTo(200);
        assertThat(seoul.tasksThroughEveryFilter()).as("tasks in the Tasklist filters of seoul")
                .noneMatch(task -> task.get("name").asText().startsWith("Confirm host arrangements"));
    }

    private static String programme(String title) {
        LocalDate start = LocalDate.now().plusDays(90);
        return """
                {"title": "%s", "kind": "STUDY_TRIP", "hostCountry": "FR",
                 "hostInstitution": "Interministerial Directorate for Public Transformation, Paris",
                 "startDate": "%s", "endDate": "%s", "fundingSource": "OWN_BUDGET", "donorCoversAirfare": false,
                 "donorCoversLodging": false, "donorCoversDailyAllowance": false, "airfareEstimateUsd": 900,
                 "seats": 5}""".formatted(title, start, start.plusDays(6));
    }
}
