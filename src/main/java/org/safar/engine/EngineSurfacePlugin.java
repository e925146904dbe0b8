package org.safar.engine;

// Camunda's internals: the command classes on the list (impl.cmd.*, impl.*QueryImpl) and the private fields it
// reads of some (EngineFields: the task a command acts on, whom a claim is for, a start form's business key), the
// pre-command interceptor chain of ProcessEngineConfigurationImpl, CommandContext and CommandChecker#checkReadTask.
// If a class is renamed, what Tasklist needs is refused with 403; if a field moves, the engine does not start
// (EngineFields names it); a new command is refused until it is put on the list (UpgradeContractTest).

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateGroupQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateUserQueryCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessModelCmd;
import org.camunda.bpm.engine.impl.cmd.GetFilterCmd;
import org.camunda.bpm.engine.impl.cmd.GetFormKeyCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetPasswordPolicyCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.IsIdentityServiceReadOnlyCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.filter.FilterQueryImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.safar.identity.EngineSurface;
import org.safar.web.ApiMessages;
import org.safar.web.ForbiddenException;
import org.safar.web.HiddenFromCaller;
import org.safar.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deny by default on the engine's API: for anyone but an administrator, the engine runs only the
 * commands that Tasklist, the Welcome app and Safar's documented flows need, and refuses every other
 * with {@link EngineSurfaceRefusal} (403 on both REST APIs), whichever client sent it: {@code
 * /engine-rest}, the webapps' {@code /camunda/api/engine} or a webapp plugin's API. Safar's rules
 * read what the engine holds (variables, identity links, who completed what); they can trust it only
 * if no user writes it but through a form Safar checks.
 *
 * <p>Which commands are checked, and why the split is sound:
 * <ul>
 * <li>Only a command that opens a command context (the outermost one). A command run inside another
 * (a listener's query, a form context, Safar's services called by a delegate) is part of the command
 * that was let in, and as safe as that command's own code.
 * <li>Only while a user who is not an administrator is authenticated on the engine. Without one, the
 * caller is Safar: the job executor, start-up, Safar's schedulers and {@code CurrentUser#asSafar}.
 * Both REST APIs and the webapps set the user for the whole request, so nothing a user sends runs
 * without one.
 * <li>Not inside {@link EngineSurface#safarsOwn()}: the domain API under {@code /api}, whose
 * controllers apply Safar's rules themselves and then call the engine for the user (start a
 * delegation, correlate the embassy's confirmation). No engine REST resource runs in that scope.
 * </ul>
 *
 * <p>The list names engine classes and reads some of their fields (the task a command acts on, whom
 * a claim is for, a start form's business key); {@code EngineSurfacePluginTest} and
 * {@code UpgradeContractTest} fail by name when an upgrade moves one.
 */
@Component
class EngineSurfacePlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSurfacePlugin.class);

    /** What a user may run, by command class: a rule that lets the command in as it is, wrapped, or refuses it. */
    static final Map<Class<?>, Rule> ALLOWED = allowed();

    /**
     * Off the list, but offered by Tasklist to everyone ("Create task", a task's groups): refused with a
     * reason a person can read, in their language ({@code i18n/api*.properties}), rather than in the
     * engine's terms. Safar's tasks come from its processes, which say who works them.
     */
    static final Map<Class<?>, String> ADMINISTRATORS_ONLY = Map.of(
            CreateTaskCmd.class, "engineSurface.tasks",
            SaveTaskCmd.class, "engineSurface.tasks",
            AbstractAddIdentityLinkCmd.class, "engineSurface.taskGroups",
            DeleteIdentityLinkCmd.class, "engineSurface.taskGroups");

    private final boolean logOnly;

    EngineSurfacePlugin(@Value("${safar.engine-surface.log-only}") boolean logOnly) {
        this.logOnly = logOnly;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Guard(configuration, logOnly));
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new Guard(configuration, logOnly));
    }

    /** How a command on the list is let in. */
    @FunctionalInterface
    interface Rule {
        /** @return the command to run in its place: itself or a wrapper; throws when it may not run */
        Command<?> admit(Command<?> command, String userId);
    }

    private static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;
        private final boolean logOnly;

        Guard(ProcessEngineConfigurationImpl configuration, boolean logOnly) {
            this.configuration = configuration;
            this.logOnly = logOnly;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() != null || EngineSurface.isSafarsOwn()) {
                return next.execute(command);
            }
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user == null || user.getUserId() == null) {
                return next.execute(command);
            }
            if (isAdministrator(user)) {
                // An administrator runs any command, and hears a listener's refusal in Safar's words too.
                try {
                    return next.execute(command);
                } catch (RuntimeException failed) {
                    throw refusalIn(failed, command);
                }
            }
            Command<T> admitted;
            try {
                admitted = (Command<T>) admit(command, user.getUserId());
            } catch (AuthorizationException refused) {
                if (!logOnly) {
                    LOG.debug("Refused {} to {}: {}", command.getClass().getName(), user.getUserId(),
                            refused.getMessage());
                    throw refused;
                }
                LOG.warn("ENGINE SURFACE would refuse {} to {}: {}", command.getClass().getName(), user.getUserId(),
                        refused.getMessage());
                admitted = command;
            }
            LOG.trace("Admitted {} to {}", command.getClass().getName(), user.getUserId());
            try {
                return next.execute(admitted);
            } catch (RuntimeException failed) {
                throw refusalIn(failed, command);
            }
        }

        /**
         * The refusal of a Safar listener or plugin, which the engine wraps in exceptions of its own
         * (ENGINE-03051, "exception while invoking the TaskListener"): the user gets it as the engine's
         * kind of that refusal, which both REST APIs answer with 403, 400 or 404 and Safar's words, not
         * 500 with the engine's. A delegate's refusal (a service task run by a start form) reaches here
         * unwrapped, as Safar's own exception.
         */
        private static RuntimeException refusalIn(RuntimeException failed, Command<?> command) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationException || cause instanceof BadUserRequestException) {
                    return (ProcessEngineException) cause;
                }
                if (cause instanceof InvalidRequestException invalid && isFormSubmission(command)) {
                    // A rule only the server can check (a budget line with too little left): the REST APIs
                    // answer a form's validation exception with 400 by field, where any other would be
                    // logged and answered as the engine's 500 first.
                    return new FormFieldValidationException(invalid.violations(), invalid.getMessage());
                }
                if (cause instanceof InvalidRequestException) {
                    return new BadUserRequestException(cause.getMessage(), cause);
                }
                if (cause instanceof ForbiddenException) {
                    return new AuthorizationException(cause.getMessage());
                }
                if (cause instanceof org.safar.web.NotFoundException) {
                    return new NotFoundException(cause.getMessage(), cause);
                }
            }
            return failed;
        }

        private static boolean isFormSubmission(Command<?> command) {
            return command instanceof SubmitTaskFormCmd || command instanceof SubmitStartFormCmd;
        }

        private boolean isAdministrator(Authentication user) {
            List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
            return (configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.getUserId()))
                    || (configuration.getAdminGroups() != null
                            && groups.stream().anyMatch(configuration.getAdminGroups()::contains));
        }

    }

    /**
     * The command to run for a user's command: itself or a wrapper, by the rule of its class or of the
     * nearest superclass on the list (Safar's own variant of a form command keeps the engine's rule).
     *
     * @throws EngineSurfaceRefusal when the command is not on the list or its rule refuses it
     */
    static Command<?> admit(Command<?> command, String userId) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            Rule rule = ALLOWED.get(type);
            if (rule != null) {
                return rule.admit(command, userId);
            }
            String administratorsOnly = ADMINISTRATORS_ONLY.get(type);
            if (administratorsOnly != null) {
                throw new EngineSurfaceRefusal(ApiMessages.text(administratorsOnly));
            }
        }
        throw new EngineSurfaceRefusal("Safar's engine API does not let users do this ("
                + command.getClass().getSimpleName() + "); Tasklist and Safar's API offer what users may do");
    }

    private static Map<Class<?>, Rule> allowed() {
        Map<Class<?>, Rule> allowed = new LinkedHashMap<>();
        Rule asItIs = (command, userId) -> command;

        // Tasklist's lists and filters, each narrowed by the engine's authorizations and the task query guard.
        allowed.put(TaskQueryImpl.class, asItIs);
        allowed.put(FilterQueryImpl.class, asItIs);
        allowed.put(GetFilterCmd.class, asItIs);
        allowed.put(AbstractExecuteFilterCmd.class, asItIs);

        // Working a task one may see: its form, its groups, claiming it, handing it on, submitting its form.
        allowed.put(GetTaskFormCmd.class, onReadableTask(field(GetTaskFormCmd.class, "taskId")));
        allowed.put(GetDeployedTaskFormCmd.class, onReadableTask(field(GetDeployedTaskFormCmd.class, "taskId")));
        allowed.put(GetTaskFormVariablesCmd.class, onReadableTask(field(AbstractGetFormVariablesCmd.class, "resourceId")));
        allowed.put(GetIdentityLinksForTaskCmd.class, onReadableTask(field(GetIdentityLinksForTaskCmd.class, "taskId")));
        Field claimant = field(ClaimTaskCmd.class, "userId");
        Rule claim = onReadableTask(field(ClaimTaskCmd.class, "taskId"));
        allowed.put(ClaimTaskCmd.class, (command, userId) -> {
            if (!userId.equals(read(claimant, command))) {
                throw new EngineSurfaceRefusal("A user claims a task for themselves; to hand it to someone, set its assignee");
            }
            return claim.admit(command, userId);
        });
        // Setting or clearing the assignee (unclaim); the task listeners decide who may be given a deciding task.
        allowed.put(AssignTaskCmd.class, onReadableTask(field(AbstractSetTaskPropertyCmd.class, "taskId")));
        // What the form submits is checked against the task's form by the forms' own plugin.
        allowed.put(SubmitTaskFormCmd.class, onReadableTask(field(SubmitTaskFormCmd.class, "taskId")));

        // A task's comments and its History tab: Camunda asks for history permissions that would show every
        // delegation's history; here they are read for one task the user may see, and for nothing else.
        allowed.put(HistoricTaskInstanceQueryImpl.class,
                historyOfReadableTask(query -> ((HistoricTaskInstanceQueryImpl) query).getTaskId()));
        allowed.put(GetTaskCommentsCmd.class, historyOfReadableTask(field(GetTaskCommentsCmd.class, "taskId")));
        allowed.put(GetTaskCommentCmd.class, historyOfReadableTask(field(GetTaskCommentCmd.class, "taskId")));
        allowed.put(UserOperationLogQueryImpl.class, historyOfReadableTask(field(UserOperationLogQueryImpl.class, "taskId")));
        allowed.put(HistoricIdentityLinkLogQueryImpl.class,
                historyOfReadableTask(query -> ((HistoricIdentityLinkLogQueryImpl) query).getTaskId()));
        Field commentedInstance = field(AddCommentCmd.class, "processInstanceId");
        Rule comment = historyOfReadableTask(field(AddCommentCmd.class, "taskId"));
        allowed.put(AddCommentCmd.class, (command, userId) -> {
            if (read(commentedInstance, command) != null) {
                throw new EngineSurfaceRefusal("Comments are written on a task, not on a process instance");
            }
            return comment.admit(command, userId);
        });

        // Starting a process one may start, only through its start form, so that it starts at its start event
        // with what its form allows; the engine checks the permission to start it.
        allowed.put(ProcessDefinitionQueryImpl.class, asItIs);
        allowed.put(GetDeployedProcessDefinitionCmd.class, asItIs);
        allowed.put(GetDeploymentProcessModelCmd.class, asItIs);
        allowed.put(GetFormKeyCmd.class, asItIs);
        allowed.put(GetStartFormCmd.class, asItIs);
        allowed.put(GetDeployedStartFormCmd.class, asItIs);
        allowed.put(GetStartFormVariablesCmd.class, asItIs);
        Field businessKey = field(SubmitStartFormCmd.class, "businessKey");
        allowed.put(SubmitStartFormCmd.class, (command, userId) -> {
            if (read(businessKey, command) != null) {
                throw new EngineSurfaceRefusal("A process started from its start form gets its business key from Safar");
            }
            return command;
        });

        // Who one is (the webapps' login and the Welcome app): users, groups and tenants one may read, one's own
        // permissions, and one's own profile and password.
        allowed.put(CreateUserQueryCmd.class, asItIs);
        allowed.put(UserQueryImpl.class, asItIs);
        allowed.put(CreateGroupQueryCmd.class, asItIs);
        allowed.put(GroupQueryImpl.class, asItIs);
        allowed.put(CreateTenantQueryCmd.class, asItIs);
        allowed.put(TenantQueryImpl.class, asItIs);
        allowed.put(AuthorizationCheckCmd.class, asItIs);
        allowed.put(IsIdentityServiceReadOnlyCmd.class, asItIs);
        allowed.put(GetPasswordPolicyCmd.class, asItIs);
        Field savedUser = field(SaveUserCmd.class, "user");
        allowed.put(SaveUserCmd.class, (command, userId) -> {
            if (!userId.equals(((User) read(savedUser, command)).getId())) {
                throw new EngineSurfaceRefusal("A user changes only their own profile");
            }
            return command;
        });
        Field checkedUser = field(CheckPassword.class, "userId");
        allowed.put(CheckPassword.class, (command, userId) -> {
            if (!userId.equals(read(checkedUser, command))) {
                throw new EngineSurfaceRefusal("A user checks only their own password");
            }
            return command;
        });
        return Map.copyOf(allowed);
    }

    private static Rule onReadableTask(Field taskId) {
        return (command, userId) -> new OnReadableTask<>(command, (String) read(taskId, command), true);
    }

    private static Rule historyOfReadableTask(Field taskId) {
        return historyOfReadableTask(command -> (String) read(taskId, command));
    }

    private static Rule historyOfReadableTask(Function<Command<?>, String> taskIdOf) {
        return (command, userId) -> {
            String taskId = taskIdOf.apply(command);
            if (taskId == null) {
                throw new EngineSurfaceRefusal("History is read for one task at a time");
            }
            return new OnReadableTask<>(command, taskId, false);
        };
    }

    /**
     * Runs a command on one task once the user is seen to be allowed to read it, in the same command
     * context; a task the user may not see is not found, as it is in their task lists ({@link
     * HiddenFromCaller}). With {@code checked} false the command then runs without further
     * authorization checks, which is how a task's history is shown without permissions on the history
     * of every task.
     */
    private record OnReadableTask<T>(Command<T> command, String taskId, boolean checked) implements Command<T> {

        @Override
        public T execute(CommandContext context) {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null || !readable(context, task)) {
                throw new HiddenFromCaller(context.getAuthenticatedUserId(), Resources.TASK.resourceName(), taskId);
            }
            if (checked) {
                return command.execute(context);
            }
            context.disableAuthorizationCheck();
            try {
                return command.execute(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        }

        private static boolean readable(CommandContext context, TaskEntity task) {
            try {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkReadTask(task);
                }
                return true;
            } catch (AuthorizationException notHers) {
                return false;
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        return EngineFields.field(type, name, "the engine surface's list");
    }

    private static Object read(Field field, Object command) {
        return EngineFields.read(field, command);
    }
}
