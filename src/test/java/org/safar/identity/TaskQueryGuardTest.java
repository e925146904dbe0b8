package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Task queries run no code but what Tasklist's filters need. Each attack asks a Spring bean to delete
 * a user: if the expression ran, madina would be gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskQueryGuardTest {

    private static final String BEAN_CALL = "${identityService.deleteUser('madina')}";
    private static final String CLASS_CALL = "${''.getClass().forName('java.lang.Runtime').getRuntime().exit(1)}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @Autowired
    IdentityService identity;

    @AfterEach
    void madinaIsStillThere() {
        assertThat(identity.createUserQuery().userId("madina").count()).isOne();
    }

    @Test
    void anAdhocQueryCarriesNoCodeNotEvenInItsOrQueries() {
        assertRefused(api().post("aziza", "/engine-rest/task",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + BEAN_CALL + "\"}]}"));
        assertRefused(api().post("aziza", "/engine-rest/task/count",
                "{\"orQueries\": [{\"candidateGroupExpression\": \"" + CLASS_CALL + "\"}]}"));
        assertRefused(api().post("aziza", "/engine-rest/task", "{\"assigneeExpression\": \"" + BEAN_CALL + "\"}"));

        assertThatThrownBy(() -> tasks.createTaskQuery().or().taskAssigneeExpression(BEAN_CALL).endOr().list())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("not allowed");
    }

    @Test
    void aFilterRunsWithNoCodeInTheQueryThatExtendsIt() {
        String myTasks = filters.createFilterQuery().filterName("My tasks").singleResult().getId();
        assertRefused(api().post("aziza", "/engine-rest/filter/" + myTasks + "/list",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + BEAN_CALL + "\"}]}"));
        assertRefused(api().post("aziza", "/engine-rest/filter/" + myTasks + "/count",
                "{\"dueBeforeExpression\": \"" + CLASS_CALL + "\"}"));
        assertThat(api().post("aziza", "/engine-rest/filter/" + myTasks + "/list", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFilterIsSavedOnlyWithTheExpressionsTasklistNeeds() {
        assertRefused(api().post("admin", "/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "Everything", "query":
                  {"orQueries": [{"assigneeExpression": "%s"}]}}""".formatted(BEAN_CALL)));
        assertThat(filters.createFilterQuery().filterName("Everything").count()).isZero();

        ResponseEntity<String> saved = api().post("admin", "/engine-rest/filter/create", """
                {"resourceType": "Task", "name": "Due this week", "query":
                  {"candidateGroupsExpression": "${currentUserGroups()}",
                   "dueBeforeExpression": "${dateTime().plusWeeks(1).withTimeAtStartOfDay().toDate()}",
                   "orQueries": [{"assigneeExpression": "${currentUser()}"}]}}""");
        String id = api().ok(saved).get("id").asText();
        assertThat(api().post("admin", "/engine-rest/filter/" + id + "/count", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        filters.deleteFilter(id);
    }

    private static void assertRefused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("not allowed");
    }

    private SafarApi api() {
        return new SafarApi(rest);
    }
}
