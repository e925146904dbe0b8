package org.safar.engine;

// Camunda's internals: ProcessEngineConfigurationImpl#getDatabaseType, #getDatabaseTablePrefix, #getDataSource,
// and the name and PERMS_ column of ACT_RU_AUTHORIZATION. If they change, the statistics are not made (a
// warning in the log) and Tasklist's queries on PostgreSQL turn slow, not wrong.

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the permission bits of Camunda's authorizations, which Tasklist's
 * queries need and Camunda's schema lacks (TasklistQueryBenchmark, docs/BENCHMARKS.md).
 *
 * <p>With authorization on, every task query joins the caller's authorizations and filters them with
 * {@code PERMS_ & ? = ?}. PostgreSQL keeps no statistics on that expression and guesses 0.5 %: it then
 * expects a few dozen of a group's task authorizations where there are thousands, and compares every
 * task with every one of them (a minute for a group's 12,000 open tasks) instead of looking up each
 * task's authorizations in the index on RESOURCE_ID_ (a second on the same, loaded, machine). The
 * statistics count only for plans made with the parameters' values, which TaskQueryPlansPlugin
 * asks for in the task queries.
 *
 * <p>Created once the engine has created or updated its own tables, which a Flyway migration could not
 * rely on: Flyway runs before the engine, and on a fresh database Camunda's tables do not exist yet.
 * "if not exists": every start may ask. H2 needs nothing of the kind: it looks each task's
 * authorizations up by index anyway.
 */
@Component
class PermissionStatisticsPlugin extends AbstractProcessEnginePlugin {

    static final String NAME = "safar_stat_auth_perms";

    private static final Logger LOG = LoggerFactory.getLogger(PermissionStatisticsPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
        // READ on a task (2) and READ_TASK on a process definition (64): the bits Tasklist's queries test.
        List<String> statements = List.of(
                "create statistics if not exists " + NAME + " on (PERMS_ & 2), (PERMS_ & 64) from " + table,
                "analyze " + table);
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Two nodes of a cluster starting together may both create them; PostgreSQL then refuses the
            // second. Tasklist works without them, only slower, and the next start creates them.
            LOG.warn("Could not create the statistics {} on {}: {}", NAME, table, e.getMessage());
        }
    }
}
