package org.safar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link StartRefused} as Spring Boot reports a start it understands: the refusal as the
 * description, what to set as the action, and no stack trace (Spring Boot logs it at DEBUG only).
 * It finds the refusal wherever it sits in the chain of causes, so a refusal raised while the engine
 * is built reads the same as one raised before anything started. Registered in META-INF/spring.factories.
 */
class StartRefusedAnalyzer extends AbstractFailureAnalyzer<StartRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
