package org.safar;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Hands Camunda's engine registry the engine of the Spring context that the next test runs in.
 *
 * <p>Spring's context cache keeps several application contexts alive in one test JVM, and every one's
 * engine is called {@code default}, as in production: the tests, the browser test and the notices
 * address Tasklist and the engine REST API by that name. The registry ({@link ProcessEngines}, static,
 * one per JVM) holds one engine per name; the engine REST API and the webapps look their engine up
 * there on every request. So it answers with the engine started last, and once an older context
 * closes (evicted from the cache, or dirtied), with none: a closing engine removes its name, whichever
 * engine holds it then. Before a test class (once its context is loaded), its instances and each test method this puts
 * the engine back.
 */
public class EngineOfTheTestedContext implements TestExecutionListener, Ordered {

    /** Only a context already loaded: a {@code @DynamicPropertySource} may need what a JUnit extension starts. */
    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            register(testContext);
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        register(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        register(testContext);
    }

    /** After Spring's own listeners, so that a context dirtied before the class is replaced first. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void register(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
