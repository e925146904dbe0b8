package org.safar.schema;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine is built only once Flyway has migrated: with the schema update off, an engine that
 * came first would find no tables and refuse to start. Until now the order held only because the engine's
 * transaction manager happened to need JPA, which Spring Boot builds after Flyway. Declared the way Spring
 * Boot declares it for Quartz's scheduler and Spring Batch's job repository, so the engine waits for
 * whatever initializes the database. Registered in META-INF/spring.factories.
 */
class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
