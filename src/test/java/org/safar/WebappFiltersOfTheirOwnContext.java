package org.safar;

import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Lets the webapp filters of each Safar started in the test JVM set themselves up from their own
 * application context, not from one started before it.
 *
 * <p>Camunda's webapp filters (the Spring Boot starter's LazyDelegateFilter) take what they need, the
 * resource loader that serves Tasklist's pages among it, from a static field, {@code
 * LazyInitRegistration.APPLICATION_CONTEXT}, when Tomcat starts them: before the new context has set
 * that field, so from the context started last, if it is still there. Once Spring's context cache
 * closes that older context, Tasklist's pages in the newer one answer 500. Cleared before each context
 * starts, the field makes the filters wait until their own context sets it.
 */
public class WebappFiltersOfTheirOwnContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ReflectionTestUtils.setField(LazyInitRegistration.class, "APPLICATION_CONTEXT", null);
    }
}
