package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hole 2 of the engine surface, as it was tried: a department head gave the approval of a delegation
 * to a participant, who approved it. A task goes only to a member of its candidate groups with no
 * conflict on the delegation, a decision is recorded only from a member of the deciding group, and a
 * task made out to one person stays theirs. Claiming stays as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssignmentFollowsGroupsTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aDecidingTaskGoesOnlyToAnIndependentMemberOfItsGroup() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        long id = WhatATaskIsAboutTest.open(api, germany, "Study trip of the Samarkand centre", "Jasur Tursunov",
                "Sherzod Mahmudov");
        WhatATaskIsAboutTest.clearAll(api, id);
        String approval = api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText();

        ResponseEntity<String> toParticipant = assign("bakhtiyor", api, approval, "jasur");
        assertThat(toParticipant.getStatusCode().value()).as(toParticipant.getBody()).isEqualTo(403);
        // Told in bakhtiyor's language, Uzbek, with the group by its name, never its id or engine text.
        assertThat(toParticipant.getBody()).contains("jasur", "Bo‘lim boshliqlari").doesNotContain("dept-heads", "ENGINE-");
        ResponseEntity<String> toDirector = assign("bakhtiyor", api, approval, "otabek");
        assertThat(toDirector.getStatusCode().value()).as(toDirector.getBody()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(approval).singleResult().getAssignee()).isNull();

        // Even a task that reached a participant some other way is not his to decide.
        taskService.setAssignee(approval, "jasur");
        ResponseEntity<String> byParticipant = api.submit("jasur", approval, Map.of("approval", "APPROVE"));
        assertThat(byParticipant.getStatusCode().is2xxSuccessful()).as(byParticipant.getBody()).isFalse();
        assertThat(api.delegation("aziza", id).get("approvals")).isEmpty();
        taskService.setAssignee(approval, null);

        api.ok(api.post("bakhtiyor", "/engine-rest/task/" + approval + "/claim", "{\"userId\": \"bakhtiyor\"}"));
        api.ok(api.post("bakhtiyor", "/engine-rest/task/" + approval + "/unclaim", null));
        api.ok(assign("bakhtiyor", api, approval, "bakhtiyor"));
        api.submitOk("bakhtiyor", approval, Map.of("approval", "APPROVE"));
        assertThat(api.delegation("aziza", id).get("approvals").findValuesAsText("decidedBy"))
                .containsExactly("bakhtiyor");
    }

    @Test
    void nobodyGivesADecidingTaskToSomeoneWhoBelongsToTheDelegation() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        // Bakhtiyor travels himself; the administrator tries to give him the approval of his own delegation.
        long id = WhatATaskIsAboutTest.open(api, germany, "Study trip with the department head", "Bakhtiyor Rakhimov",
                "Malika Yusupova");
        WhatATaskIsAboutTest.clearAll(api, id);
        String approval = api.tasks("admin", id, "Approve delegation").get(0).get("id").asText();

        ResponseEntity<String> toMember = assign("admin", api, approval, "bakhtiyor");
        assertThat(toMember.getStatusCode().value()).as(toMember.getBody()).isEqualTo(403);
        assertThat(toMember.getBody()).contains("bakhtiyor", api.delegation("admin", id).get("reference").asText());
        assertThat(taskService.createTaskQuery().taskId(approval).singleResult().getAssignee()).isNull();
    }

    private static ResponseEntity<String> assign(String user, SafarApi api, String task, String assignee) {
        return api.post(user, "/engine-rest/task/" + task + "/assignee", "{\"userId\": \"" + assignee + "\"}");
    }
}
