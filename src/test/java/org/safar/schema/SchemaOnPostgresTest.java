package org.safar.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.safar.AtTheSameMoment;
import org.safar.postgres.OnPostgres;
import org.safar.postgres.TestPostgres;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A new installation on PostgreSQL: Flyway makes the whole schema, Camunda's tables and the index and
 * statistics Tasklist's queries need among them, before the engine is built; several nodes starting at
 * once on an empty database make it once.
 */
@SpringBootTest
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class SchemaOnPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void flywayMadeCamundasTablesForTheEngineSafarRuns() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success order by installed_rank",
                String.class)).containsSubsequence("13", "14", "15", "16");
        // After a Camunda upgrade, this fails until its upgrade scripts are migrations (README, "The database
        // schema"): they record the version they upgrade to. A patch level may change no table, so the minor.
        String engine = ProductPropertiesUtil.getProductVersion();
        String minor = engine.substring(0, engine.lastIndexOf('.') + 1);
        assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class))
                .anyMatch(version -> version.startsWith(minor));
    }

    @Test
    void theEngineIsBuiltAfterTheMigrations() {
        String[] engines = beans.getBeanNamesForType(ProcessEngine.class, true, false);
        assertThat(engines).isNotEmpty();
        for (String name : engines) {
            assertThat(beans.getBeanDefinition(BeanFactoryUtils.transformedBeanName(name)).getDependsOn())
                    .contains("flywayInitializer");
        }
    }

    /** V15: the index the page of "My tasks" reads. */
    @Test
    void theTasksAreIndexedByAssigneeAndThenDueDate() {
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'safar_idx_task_assignee_due'",
                String.class)).contains("act_ru_task").endsWith("(assignee_, due_date_)");
    }

    @Test
    void aUsersTasksInDueDateOrderAreReadFromTheIndex() {
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
        assertThat(plan).contains("safar_idx_task_assignee_due").doesNotContain("Sort");
    }

    /** V16: Tasklist's queries find each task's authorizations by index (engine.TaskQueryPlansPlugin). */
    @Test
    void theAuthorizationsPermissionBitsHaveStatistics() {
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'safar_stat_auth_perms'",
                Integer.class)).isEqualTo(1);
    }

    /**
     * Eight nodes with Safar's migrations start at the same moment on one empty database: Flyway's lock
     * on PostgreSQL lets one migrate while the others wait, and they find nothing left to do.
     */
    @Test
    void eightNodesStartingAtOnceMigrateAnEmptyDatabaseOnce() throws Exception {
        DriverManagerDataSource database = new DriverManagerDataSource(TestPostgres.newDatabase("safar_nodes"),
                TestPostgres.USER, TestPostgres.PASSWORD);
        List<MigrateResult> results = AtTheSameMoment.eightTimes(
                () -> Flyway.configure().configuration(flyway.getConfiguration()).dataSource(database).load().migrate());

        JdbcTemplate nodes = new JdbcTemplate(database);
        List<Map<String, Object>> applied = nodes.queryForList(
                "select version, count(*) as times from flyway_schema_history where version is not null group by version");
        assertThat(results).allMatch(result -> result.success);
        assertThat(results.stream().mapToInt(result -> result.migrationsExecuted).sum()).isEqualTo(applied.size());
        assertThat(applied).allMatch(version -> ((Number) version.get("times")).intValue() == 1);
        assertThat(nodes.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(nodes.queryForObject("select count(*) from act_ge_schema_log", Integer.class)).isEqualTo(1);
    }
}
