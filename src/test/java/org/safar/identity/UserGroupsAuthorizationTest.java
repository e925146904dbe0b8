package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's authorization checks take the user's groups as they are (engine.UserGroupsAuthorizationPlugin):
 * they no longer read every group the authorizations name, and still show a user the tasks of their
 * groups and no others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UserGroupsAuthorizationTest {

    /** MyBatis logs each statement of Camunda's authorization mapping under this name and the statement's id. */
    private static final String AUTHORIZATION_STATEMENTS = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTasks() {
        identity.clearAuthentication();
        created.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void aUserSeesTheTasksOfTheirGroupsAndNoOthers() {
        String officers = task("Brief the delegation", SafarGroups.OFFICERS);
        String finance = task("Check the budget line", SafarGroups.FINANCE);

        identity.setAuthentication("aziza", List.of(SafarGroups.OFFICERS, "a-group-no-authorization-names"));

        assertThat(tasks.createTaskQuery().taskIdIn(officers, finance).list()).extracting(Task::getId)
                .containsExactly(officers);
        assertThat(tasks.createTaskQuery().taskId(finance).count()).isZero();
    }

    @Test
    void aUsersChecksDoNotReadEveryGroupTheAuthorizationsName() {
        String officers = task("Brief the delegation", SafarGroups.OFFICERS);
        Logger statements = (Logger) LoggerFactory.getLogger(AUTHORIZATION_STATEMENTS);
        Level level = statements.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        statements.addAppender(log);
        statements.setLevel(Level.DEBUG);
        try {
            identity.setAuthentication("aziza", List.of(SafarGroups.OFFICERS));
            assertThat(tasks.createTaskQuery().taskId(officers).count()).isOne();
        } finally {
            statements.setLevel(level);
            statements.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getLoggerName).as("the authorization statements the query ran")
                .contains(AUTHORIZATION_STATEMENTS + ".selectRevokeAuthorization")
                .doesNotContain(AUTHORIZATION_STATEMENTS + ".selectAuthorizedGroupIds");
    }

    /** A task for a candidate group, which the engine grants READ and UPDATE on it. */
    private String task(String name, String candidateGroup) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        created.add(task.getId());
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        return task.getId();
    }
}
