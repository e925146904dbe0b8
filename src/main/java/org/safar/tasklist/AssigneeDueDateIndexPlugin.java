package org.safar.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, an index on the tasks' assignee and due date, which Camunda's schema lacks and the page
 * of Tasklist's "My tasks" needs when sorted by due date (TasklistQueryBenchmark, docs/BENCHMARKS.md).
 *
 * <p>Camunda selects a page with {@code select distinct RES.* … order by RES.DUE_DATE_ limit 50}. With
 * only Camunda's index on the assignee, PostgreSQL cannot read a user's tasks in due-date order, and its
 * cheapest-looking plan is to scan every open task in parallel workers and sort them before joining the
 * authorizations of the first 50: 45–70 ms with 50,000 open tasks, where the same user's count takes 5.
 * With this index it reads the user's tasks in due-date order: 4–5 ms, and 26 ms instead of 70 for a
 * user with more tasks. The plans of the group filters do not change.
 *
 * <p>Created once the engine has created or updated its own tables, as {@link PermissionStatisticsPlugin}
 * does for the same reason; "if not exists": every start may ask. H2 is left as it is: an index on the
 * due date does not change its plans (docs/BENCHMARKS.md).
 */
@Component
class AssigneeDueDateIndexPlugin extends AbstractProcessEnginePlugin {

    static final String NAME = "safar_idx_task_assignee_due";

    private static final Logger LOG = LoggerFactory.getLogger(AssigneeDueDateIndexPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + NAME + " on " + table + " (ASSIGNEE_, DUE_DATE_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Two nodes of a cluster starting together may both create it; PostgreSQL then refuses the
            // second. Tasklist works without it, only slower, and the next start creates it.
            LOG.warn("Could not create the index {} on {}: {}", NAME, table, e.getMessage());
        }
    }
}
