package org.safar.engine;

// Camunda's internals: the post-command interceptor chains of ProcessEngineConfigurationImpl, TaskQueryImpl run
// as a command, SaveFilterCmd's private field "filter", AbstractExecuteFilterCmd's "filterId" and
// "extendingQuery", and FilterManager#findFilterById. If a field moves, the engine does not start (EngineFields);
// if a filter runs through another command, its expressions are no longer checked (TaskQueryGuardTest).

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.springframework.stereotype.Component;

/**
 * Checks the expressions of every task query before the engine evaluates them (see
 * {@link TaskQueryExpressions}): ad-hoc queries from either REST API or Java, a filter as it is saved,
 * and a filter as it runs with the query Tasklist extends it with.
 *
 * <p>The engine's filter commands do not expose the filter or the extending query they carry; they
 * are read from the commands' fields, which {@code TaskQueryGuardTest} exercises for every path.
 */
@Component
class TaskQueryGuardPlugin extends AbstractProcessEnginePlugin {

    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");
    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Guard());
        configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new Guard());
    }

    private static final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof TaskQueryImpl query) {
                TaskQueryExpressions.check(query);
            } else if (command instanceof SaveFilterCmd) {
                checkQueryOf((Filter) read(SAVED_FILTER, command));
            } else if (command instanceof AbstractExecuteFilterCmd) {
                checkQuery(read(EXTENDING_QUERY, command));
                FilterEntity stored = Context.getCommandContext().getFilterManager()
                        .findFilterById((String) read(FILTER_ID, command));
                if (stored != null) {
                    checkQueryOf(stored);
                }
            }
            return next.execute(command);
        }

        private static void checkQueryOf(Filter filter) {
            if (filter != null) {
                checkQuery(filter.getQuery());
            }
        }

        private static void checkQuery(Object query) {
            if (query instanceof TaskQueryImpl taskQuery) {
                TaskQueryExpressions.check(taskQuery);
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        return EngineFields.field(type, name, "the task query guard");
    }

    private static Object read(Field field, Object command) {
        return EngineFields.read(field, command);
    }
}
