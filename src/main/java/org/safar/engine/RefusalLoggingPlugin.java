package org.safar.engine;

// Camunda's internals: CommandContextFactory (its processEngineConfiguration field and #createCommandContext),
// CommandContext's constructor and its protected #shouldLogFine(Throwable), which CommandContext#close asks
// between ERROR and DEBUG. If they change, a listener's refusal is logged as an ERROR with its stack trace
// again (RefusalLoggingProcessTest); UpgradeContractTest checks the signatures.

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.safar.web.ConflictException;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's refused action out of the error log. The engine logs an exception that leaves a
 * command at ERROR with its stack trace, except refusals (not authorized, a bad request, a lost race),
 * which it logs at DEBUG. But a refusal from one of Safar's task listeners (a conflict of interest, a
 * form that misses a reason, a closed delegation) reaches it wrapped as "ENGINE-03051 There was an
 * exception while invoking the TaskListener", and was logged as if something had broken. Here a
 * command context looks through the causes, so a wrapped refusal is logged as the engine logs an
 * unwrapped one; the caller still gets it as before (a problem detail, a message in Tasklist). A message that
 * no process waits for (an embassy's confirmation sent again) is a refusal too. Real
 * failures — a listener's bug, a database that does not answer — stay at ERROR.
 *
 * <p>Relies on the engine's internals {@link CommandContextFactory} (set on the configuration before
 * it is initialised, which then leaves it alone) and the protected {@code CommandContext.shouldLogFine(Throwable)}, which decides
 * between ERROR and DEBUG in {@code CommandContext.close}.
 */
@Component
class RefusalLoggingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new RefusalAwareCommandContext(processEngineConfiguration);
            }
        };
        // The engine hands its configuration only to a factory of its own making.
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    /** Whether the exception, or one it wraps, is a refusal of what someone asked rather than a failure. */
    static boolean isRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException
                    || cause instanceof OptimisticLockingException || cause instanceof MismatchingMessageCorrelationException
                    || cause instanceof FormFieldValidationException
                    || cause instanceof ConflictException || cause instanceof InvalidRequestException) {
                return true;
            }
        }
        return false;
    }

    private static final class RefusalAwareCommandContext extends CommandContext {

        RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable thrown) {
            return super.shouldLogFine(thrown) || isRefusal(thrown);
        }
    }
}
