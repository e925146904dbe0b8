package org.safar.schema;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only once Flyway has migrated: with the schema update off, an engine that
 * came first would find no tables and refuse to start; on a node that waits for another's migration
 * (Flyway's lock), it waits too. Declared the way Spring Boot declares it for Quartz's scheduler and
 * Spring Batch's job repository, so the engine waits for whatever initializes the database, whatever other
 * beans it needs. Registered in META-INF/spring.factories.
 */
class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
