package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hole 1 of the engine surface, as it was tried: a task read its delegation from a variable, which
 * prefers a value local to the task, and whoever works a task can put one there. A liaison pointed
 * his own task at another country's delegation, saw its members and passports and answered its
 * embassy request; a department head who belongs to a delegation approved it through his approval of
 * another. What a task is about is Safar's record, made when the task was created: each attack is
 * refused where it enters, and a value that sits on the task anyway changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhatATaskIsAboutTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aLiaisonCannotPointHisTaskAtAnotherCountrysDelegation() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long japan = ApprovedDelegations.japaneseInternship(api);
        long kazakhstan = ApprovedDelegations.astanaConference(api);
        String own = api.onlyTask("astana", kazakhstan, "Confirm host arrangements").get("id").asText();

        ResponseEntity<String> written = api.exchange("astana", HttpMethod.PUT,
                "/engine-rest/task/" + own + "/localVariables/delegationId",
                "{\"value\": " + japan + ", \"type\": \"Long\"}");
        assertThat(written.getStatusCode().value()).as(written.getBody()).isEqualTo(403);
        ResponseEntity<String> submittedWithIt = api.submit("astana", own, Map.of("answer", "HOST_DECLINED",
                "declineReason", "Not our delegation", "delegationId", japan));
        assertThat(submittedWithIt.getStatusCode().value()).as(submittedWithIt.getBody()).isEqualTo(400);

        // However a value came to be on the task, the task stays about Kazakhstan.
        taskService.setVariableLocal(own, "delegationId", japan);
        Map<String, JsonNode> form = api.formVariables("astana", own);
        assertThat(form.get("delegation").get("title").asText()).isEqualTo("Hub conference");
        assertThat(form.get("members").toString()).doesNotContain("Sardor Alimov");

        api.submitOk("astana", own, Map.of("answer", "HOST_DECLINED", "declineReason", "The hub postponed the conference"));
        assertThat(api.delegation("aziza", kazakhstan).get("stage").asText()).isEqualTo("DECLINED");
        assertThat(api.delegation("aziza", japan).get("stage").asText()).isEqualTo("EMBASSY");
        assertThat(api.tasks("tokyo", japan, "Confirm host arrangements")).hasSize(1);
    }

    @Test
    void aDepartmentHeadCannotApproveHisOwnDelegationThroughAnother() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        long his = open(api, germany, "Study trip with the department head", "Bakhtiyor Rakhimov", "Sherzod Mahmudov");
        long other = open(api, germany, "Study trip of the Fergana centre", "Malika Yusupova", "Akmal Tojiboev");
        clearAll(api, his);
        clearAll(api, other);
        String approval = api.onlyTask("bakhtiyor", other, "Approve delegation").get("id").asText();

        ResponseEntity<String> attack = api.submit("bakhtiyor", approval, Map.of("approval", "APPROVE",
                "delegationId", his));
        assertThat(attack.getStatusCode().value()).as(attack.getBody()).isEqualTo(400);
        assertThat(api.delegation("aziza", other).get("approvals")).isEmpty();

        taskService.setVariableLocal(approval, "delegationId", his);
        api.submitOk("bakhtiyor", approval, Map.of("approval", "APPROVE"));
        assertThat(api.delegation("aziza", his).get("approvals")).isEmpty();
        assertThat(api.delegation("aziza", his).get("stage").asText()).isEqualTo("VETTING");
        assertThat(api.delegation("aziza", other).get("approvals").findValuesAsText("decidedBy")).containsExactly("bakhtiyor");
    }

    static long open(SafarApi api, long programme, String title, String... members) {
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, programme, api.staffIds(members)))).get("id").asLong();
    }

    static void clearAll(SafarApi api, long delegation) {
        for (JsonNode clearance : api.tasks("gulnoza", delegation, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
    }
}
