package org.safar;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the fast process tests, with mocked beans (see process-tests.camunda.cfg.xml). */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();
    }
}
