package org.safar.engine;

// Camunda's internals: AuthorizationManager#filterAuthenticatedGroupIds(List) and replacing the manager with a
// custom SessionFactory of its type. If the method is renamed, the override is dead code and every command reads
// all the groups the authorizations name again (slower, not wrong); UpgradeContractTest checks the signature.

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks with the user's groups as they are, without first reading every
 * group that any authorization names (TasklistQueryBenchmark, docs/BENCHMARKS.md).
 *
 * <p>In each command, before its first authorization check, Camunda's {@link AuthorizationManager} runs
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION} and keeps of the user's groups only those
 * the table names, so that a user in hundreds of directory groups does not send them all in the
 * check's {@code GROUP_ID_ in (…)}. The engine grants READ and UPDATE on every task to its assignee and
 * candidate groups, a row for each of them: with 50,000 open tasks the table holds 60,000 rows and the
 * read takes 3–7 ms on PostgreSQL, in every command a user runs, and a Tasklist filter's page runs five.
 *
 * <p>Leaving a group in changes no answer: a group that no authorization names matches no row of the
 * check. Safar's users are in a few groups, and AccessSetup grants each of its groups something, so the
 * list is the one Camunda would have sent. Nothing is cached: every node of a cluster checks each
 * authorization as the database has it at that moment.
 */
@Component
class UserGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        // Added after the engine's own factories, so it takes the place of the AuthorizationManager's.
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UserGroupsAuthorizationManager();
            }
        });
    }

    static final class UserGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return EMPTY_LIST;
            }
            return authenticatedGroupIds.stream().filter(Objects::nonNull).distinct()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }
}
