package org.safar.embassy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.AtTheSameMoment;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.embassy.internal.HostConfirmationRepository;
import org.safar.identity.ApprovedDelegations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Another system sends its confirmation of the host arrangements eight times at the same moment, as a
 * sender that retries on a timeout may: each call answers as the first, one confirmation is recorded and
 * the embassy stage ends once. The delegation is cancelled afterwards, so that its members are free again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmbassyConfirmationRaceTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    HostConfirmationRepository confirmations;

    @Test
    void theSameConfirmationEightTimesAtOnceIsRecordedOnceAndEveryCallerGetsIt() throws Exception {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long id = ApprovedDelegations.waitingForTheEmbassy(api, "Peer-learning exchange",
                "Municipal services exchange, confirmed at once", "Khurshid Bobojonov", "Laziz Hakimov");
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("EMBASSY");
        // Eight callers run no jobs: the save point before funding waits for the one below.
        SafarApi caller = new SafarApi(rest);

        List<ResponseEntity<String>> answers = AtTheSameMoment.eightTimes(() -> caller.post("aziza",
                "/api/delegations/" + id + "/embassy-confirmation", """
                        {"reference": "UB-LOGIN-2026-007", "hostContact": "Ms. Oyun, LOGIN network",
                         "venue": "City Governor's Office", "agenda": "Six stages of peer learning",
                         "accommodation": "Hotel Ulaanbaatar", "airportPickup": true,
                         "visaSupportLetterIssued": true}"""));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).as("statuses").containsOnly(HttpStatus.OK);
        JsonNode first = api.read(answers.get(0));
        assertThat(answers).extracting(api::read).as("bodies").containsOnly(first);
        assertThat(first.get("reference").asText()).isEqualTo("UB-LOGIN-2026-007");
        assertThat(confirmations.findByDelegationIdOrderByConfirmedAt(id)).hasSize(1);
        String stage = history.createHistoricProcessInstanceQuery().processDefinitionKey(EmbassyVariables.PROCESS_KEY)
                .processInstanceBusinessKey(BusinessKeys.of(id)).singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(stage)
                .activityId("BoundaryEvent_HostArrangementsConfirmed").count()).as("the embassy stage ended once")
                .isOne();

        new DelegationJobs(runtime, management).runPending();
        assertThat(api.delegation("aziza", id).get("stage").asText()).isEqualTo("FUNDING");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("funding")
                .processInstanceBusinessKey(BusinessKeys.of(id)).count()).as("funding started once").isOne();
        api.ok(api.post("aziza", "/api/delegations/" + id + "/cancel", "{\"reason\": \"Test over\"}"));
    }
}
