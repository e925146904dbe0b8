package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.safar.postgres.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The lifecycle scenarios again on PostgreSQL 17 with the postgres profile: Flyway's migrations,
 * Camunda's schema and every query of the lifecycle on the server production runs. The schema itself:
 * schema.SchemaOnPostgresTest.
 */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class DelegationScenarioOnPostgresTest extends DelegationScenarioTest {

    @Autowired
    ProcessEngine engine;

    /** Task queries are planned with their values, other statements as PostgreSQL chooses (TaskQueryPlansPlugin). */
    @Test
    void taskQueriesArePlannedWithTheirValuesAndNothingElse() {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        String[] duringTaskQuery = new String[1];
        long count = new TaskQueryImpl(executor) {
            @Override
            public long executeCount(CommandContext context) {
                duringTaskQuery[0] = planCacheMode(context);
                return super.executeCount(context);
            }
        }.count();

        assertThat(count).isNotNegative();
        assertThat(duringTaskQuery[0]).isEqualTo("force_custom_plan");
        assertThat(executor.execute(DelegationScenarioOnPostgresTest::planCacheMode)).isEqualTo("auto");
    }

    private static String planCacheMode(CommandContext context) {
        try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                ResultSet result = statement.executeQuery("show plan_cache_mode")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
