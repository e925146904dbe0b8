package org.safar;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Hands Camunda's static registries the engine and the webapps of the Spring context that the next
 * test runs in.
 *
 * <p>Spring's context cache keeps several application contexts alive in one test JVM, and every one's
 * engine is called {@code default}, as in production: the tests, the browser test and the notices
 * address Tasklist and the engine REST API by that name. The registry ({@link ProcessEngines}, static,
 * one per JVM) holds one engine per name; the engine REST API and the webapps look their engine up
 * there on every request. So it answers with the engine started last, and once an older context
 * closes (evicted from the cache, or dirtied), with none: a closing engine removes its name, whichever
 * engine holds it then.
 *
 * <p>The webapps keep their runtime (Tasklist's, Cockpit's, Admin's, Welcome's) in static fields too,
 * set when a context's Tomcat starts them and emptied when any context's Tomcat stops: after that, the
 * pages of every other context answer 500. They are made anew when the engine changes or they are gone,
 * so that none keeps what it holds per engine name (Cockpit's database access) from another context.
 *
 * <p>Before a test class (once its context is loaded), its instances and each test method this puts
 * both back.
 */
public class EngineOfTheTestedContext implements TestExecutionListener, Ordered {

    /** The engine the webapps' runtimes were last made for. */
    private static ProcessEngine webappsEngine;

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
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
            ProcessEngines.registerProcessEngine(engine);
            if (engine != webappsEngine || Tasklist.getRuntimeDelegate() == null
                    || Cockpit.getRuntimeDelegate() == null || Admin.getRuntimeDelegate() == null
                    || Welcome.getRuntimeDelegate() == null) {
                Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
                Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
                Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
                Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
                webappsEngine = engine;
            }
        });
    }
}
