package org.safar.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's queries need of the database and Camunda's schema lacks (TasklistQueryBenchmark,
 * docs/BENCHMARKS.md):
 * <ul>
 * <li>an index on the open tasks' due dates: Tasklist sorts a filter's page by due date and the "Due
 * soon" filter asks for a due-date range; without it every such page reads all open tasks;</li>
 * <li>on PostgreSQL, statistics on the permission bits of the authorizations. The engine's authorization
 * check filters them with {@code PERMS_ & ? = ?}, for which PostgreSQL has no statistics and guesses
 * 0.5 %: it then expects a few dozen of a group's task authorizations where there are thousands, and
 * compares every task with every one of them (a minute for 12,000 tasks) instead of looking each
 * task's up in the index on RESOURCE_ID_.</li>
 * </ul>
 *
 * <p>Created once the engine has created or updated its own tables, which a Flyway migration could not
 * rely on: Flyway runs before the engine, and on a fresh database Camunda's tables do not exist yet.
 * Each statement says "if not exists", so every start may ask.
 */
@Component
class TasklistIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String DUE_DATE_INDEX = "SAFAR_IDX_TASK_DUE_DATE";
    static final String PERMISSION_STATISTICS = "SAFAR_STAT_AUTH_PERMS";

    private static final Logger LOG = LoggerFactory.getLogger(TasklistIndexesPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix();
        List<String> statements = new ArrayList<>();
        statements.add("create index if not exists " + DUE_DATE_INDEX + " on " + prefix + "ACT_RU_TASK (DUE_DATE_)");
        if ("postgres".equals(configuration.getDatabaseType())) {
            // READ on a task (2) and READ_TASK on a process definition (64): the bits Tasklist's queries test.
            statements.add("create statistics if not exists " + PERMISSION_STATISTICS + " on (PERMS_ & 2), (PERMS_ & 64)"
                    + " from " + prefix + "ACT_RU_AUTHORIZATION");
            statements.add("analyze " + prefix + "ACT_RU_AUTHORIZATION");
        }
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
            LOG.warn("Could not create what Tasklist's queries need ({}): {}", statements, e.getMessage());
        }
    }
}
