package org.safar.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.safar.postgres.TestPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Points a @SpringBootTest at a database as Safar made it before Flyway owned Camunda's tables: Flyway
 * ran Safar's migrations up to 13, then the engine's schema update ({@code schema-update: true}) made
 * Camunda's tables, and on PostgreSQL two engine plugins made an index and statistics at every start.
 * The earlier engine leaves a user behind, {@link #USER}, to show that the new start keeps what it finds.
 */
abstract class EarlierSafar implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String USER = "earlier";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DriverManagerDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("13").load().migrate();
        ProcessEngine engine = new StandaloneProcessEngineConfiguration()
                .setDataSource(database)
                .setDatabaseSchemaUpdate("true")
                // The starter's default, which Safar keeps; the engine records it with its tables.
                .setHistory("full")
                .setProcessEngineName("earlier-safar")
                .buildProcessEngine();
        try {
            User user = engine.getIdentityService().newUser(USER);
            user.setFirstName("Made");
            user.setLastName("Earlier");
            engine.getIdentityService().saveUser(user);
        } finally {
            engine.close();
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : pluginStatements()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + database.getUrl(),
                "spring.datasource.username=" + database.getUsername(),
                "spring.datasource.password=" + database.getPassword()).applyTo(context);
    }

    abstract DriverManagerDataSource database();

    /** What the plugins ran at every start, after the engine's schema update. */
    abstract List<String> pluginStatements();

    static class OnPostgres extends EarlierSafar {

        @Override
        DriverManagerDataSource database() {
            return new DriverManagerDataSource(TestPostgres.newDatabase("safar_earlier"), TestPostgres.USER,
                    TestPostgres.PASSWORD);
        }

        @Override
        List<String> pluginStatements() {
            return List.of(
                    "create index if not exists safar_idx_task_assignee_due on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_)",
                    "create statistics if not exists safar_stat_auth_perms on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION",
                    "analyze ACT_RU_AUTHORIZATION");
        }
    }

    static class OnH2 extends EarlierSafar {

        @Override
        DriverManagerDataSource database() {
            return new DriverManagerDataSource("jdbc:h2:mem:safar-earlier-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "sa", "");
        }

        @Override
        List<String> pluginStatements() {
            return List.of();
        }
    }
}
