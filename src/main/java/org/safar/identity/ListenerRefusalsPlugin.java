package org.safar.identity;

import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.safar.web.ConflictException;
import org.safar.web.ForbiddenException;
import org.safar.web.InvalidRequestException;
import org.safar.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A refusal that Safar's code makes inside a task's listener (a conflict of interest, a reason left out,
 * a delegation already closed) reaches the person as itself. The engine wraps whatever a listener throws
 * into its own {@code ENGINE-03051 There was an exception while invoking the TaskListener}, which both
 * REST APIs answer with 500 and Tasklist shows as engine text. Here, around each command a user sends
 * through the engine's API, the refusal is taken out of that wrapper and rethrown as the engine's REST
 * APIs answer it: a rule broken as {@link AuthorizationException} (403), bad input as
 * {@link BadUserRequestException} (400; {@code EngineApiProblems} makes the submit resource's 500 for it
 * a 400 with its message). Failures that are not Safar's refusals stay what they are.
 *
 * <p>Safar's own API ({@link EngineSurface#safarsOwn()}) and Safar's jobs are left alone: the domain API
 * answers its exceptions itself, with every violation.
 */
@Component
class ListenerRefusalsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Unwrapping(configuration));
    }

    private static final class Unwrapping extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Unwrapping(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() != null || EngineSurface.isSafarsOwn()
                    || configuration.getIdentityService().getCurrentAuthentication() == null) {
                return next.execute(command);
            }
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                throw refusalIn(failure).orElse(failure);
            }
        }

        private static Optional<RuntimeException> refusalIn(RuntimeException failure) {
            for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                    cause = cause.getCause()) {
                if (cause instanceof AuthorizationException || cause instanceof FormFieldValidationException) {
                    return Optional.of((RuntimeException) cause);
                }
                if (cause instanceof ForbiddenException) {
                    return Optional.of(new AuthorizationException(cause.getMessage()));
                }
                if (cause instanceof InvalidRequestException || cause instanceof ConflictException
                        || cause instanceof NotFoundException) {
                    return Optional.of(new BadUserRequestException(cause.getMessage()));
                }
            }
            return Optional.empty();
        }
    }
}
