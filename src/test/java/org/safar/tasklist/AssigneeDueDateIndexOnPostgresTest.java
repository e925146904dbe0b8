package org.safar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.safar.postgres.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** On PostgreSQL the tasks carry the index that the page of "My tasks" reads ({@link AssigneeDueDateIndexPlugin}). */
@SpringBootTest
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class AssigneeDueDateIndexOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTasksAreIndexedByAssigneeAndThenDueDate() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
                AssigneeDueDateIndexPlugin.NAME)).contains("act_ru_task").endsWith("(assignee_, due_date_)");
    }

    @Test
    void aUsersTasksInDueDateOrderAreReadFromIt() {
        String plan = jdbc.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                // The demo's few tasks fit in one page, which PostgreSQL rightly scans whole: without that
                // choice it shows which index serves the order.
                statement.execute("set enable_seqscan = off");
                try (ResultSet rows = statement.executeQuery("explain select * from act_ru_task where assignee_ = 'aziza'"
                        + " order by due_date_ limit 50")) {
                    StringBuilder text = new StringBuilder();
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                    statement.execute("reset enable_seqscan");
                    return text.toString();
                }
            }
        });
        assertThat(plan).contains(AssigneeDueDateIndexPlugin.NAME).doesNotContain("Sort");
    }
}
