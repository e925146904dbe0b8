package org.safar.schema;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2, every connection waits up to ten seconds for a row another transaction holds, instead
 * of H2's one second. Opening a delegation holds its year's reference count until the opening commits
 * (org.safar.delegation.internal.DelegationReferences), and the opening starts the delegation's process in
 * the same transaction: on a busy machine that takes more than a second, and a second opening at the same
 * moment failed with "Timeout trying to lock table" (a 500) where it should have waited its turn, as it does
 * on PostgreSQL, which waits for a row lock as long as it takes. Set as the pool's connection-init SQL, so it
 * holds whatever URL the node is given ({@code SPRING_DATASOURCE_URL}); a connection-init SQL configured
 * for the pool, or a LOCK_TIMEOUT the URL sets, is left as it is.
 */
@Component
class H2LockTimeout implements BeanPostProcessor {

    static final String WAIT_FOR_LOCKS = "SET LOCK_TIMEOUT 10000";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:") && !pool.getJdbcUrl().toUpperCase().contains("LOCK_TIMEOUT")
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(WAIT_FOR_LOCKS);
        }
        return bean;
    }
}
