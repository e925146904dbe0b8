package org.safar.engine;

// Camunda's internals: the post-command interceptor chains of ProcessEngineConfigurationImpl, TaskQueryImpl and
// AbstractExecuteFilterCmd run as commands, and the command context's DbSqlSession with its JDBC connection. If a
// task query runs through another command, it is planned as PostgreSQL chooses (slow, not wrong).

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, task queries (Tasklist's filters, the engine REST API's task list) are planned with
 * their parameters' values, and nothing else is.
 *
 * <p>Camunda's authorization check filters with {@code PERMS_ & ? = ?}; only with the value does
 * PostgreSQL see the statistics Safar keeps on those bits (migration V16, db/vendor/postgresql). A
 * generic plan, which PostgreSQL may cache after five executions of a statement, cannot see them and
 * guesses; with the guess it checks every task of a group against every authorization of the group:
 * a minute instead of a second for 12,000 tasks. Planning every statement that way
 * ({@code plan_cache_mode=force_custom_plan} for the whole connection) took more than half of Safar's
 * time on PostgreSQL in the lifecycle benchmark: all the engine's other statements were planned again
 * at each execution too. So the setting is made for the transaction of a task query only
 * ({@code set local}), which ends with the engine's command.
 */
@Component
class TaskQueryPlansPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CustomPlans());
    }

    private static final class CustomPlans extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean taskQuery = command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
            if (taskQuery && "postgres".equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
                try (Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession()
                        .getConnection().createStatement()) {
                    statement.execute("set local plan_cache_mode = force_custom_plan");
                } catch (SQLException e) {
                    throw new ProcessEngineException("Could not plan the task query with its values", e);
                }
            }
            return next.execute(command);
        }
    }
}
