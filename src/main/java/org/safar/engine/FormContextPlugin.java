package org.safar.engine;

// Camunda's internals: FormServiceImpl (a subclass replaces the engine's form service) with its protected
// commandExecutor and #getTaskFormVariables(String, Collection, boolean); GetTaskFormVariablesCmd's constructor
// and protected fields resourceId, formVariableNames, deserializeObjectValues; TaskEntity#getTaskDefinition,
// TaskDefinition#getCamundaFormDefinitionKey and the engine's variable serializers. If they change, Tasklist's
// forms open without their context (the delegation, the member's file, the options): UpgradeContractTest.
// For start forms: FormServiceImpl#getDeployedStartForm, GetDeployedStartFormCmd's constructor and its protected
// AbstractGetDeployedFormCmd#getResourceForCamundaFormRef(CamundaFormRef, String) and commandContext; if they
// change, a start form such as "Change a delegation" opens with empty selects (UpgradeContractTest).

import static org.camunda.spin.Spin.JSON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.safar.tasklist.CamundaForm;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.ServedStartForm;
import org.safar.tasklist.StartFormContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;


/**
 * Adds each task's {@link FormContext} to its form variables, the engine's answer to Tasklist's
 * {@code GET /task/{id}/form-variables}. The engine's form service gets one command more that, after
 * the engine has checked that the caller may read the task and collected its variables, asks the
 * {@link FormContext} of the task's form for the context, inside the same command and transaction. A
 * task whose form has no context gets the engine's answer unchanged. What the form's text views show is
 * escaped so that it shows as text (tasklist.LiteralText). What the form sends back is
 * {@link SubmittedOnTaskPlugin}'s.
 *
 * <p>Tasklist asks for no variables when it shows a start form; a start form's {@link StartFormContext} is
 * written into the form itself as the engine serves it ({@code deployed-start-form}), for the user who asks.
 */
@Component
class FormContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormContext> contexts;
    private final ObjectProvider<StartFormContext> startContexts;
    private final DeployedForms forms = new DeployedForms();
    private volatile Map<String, FormContext> byForm;
    private volatile Map<String, StartFormContext> byStartForm;

    /** The forms' contexts are looked up when a form first loads: they need the engine this plugin helps build. */
    FormContextPlugin(ObjectProvider<FormContext> contexts, ObjectProvider<StartFormContext> startContexts) {
        this.contexts = contexts;
        this.startContexts = startContexts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFormService(new FormServiceImpl() {
            @Override
            public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserialize) {
                return commandExecutor.execute(
                        new WithContext(taskId, names, deserialize, FormContextPlugin.this));
            }

            @Override
            public InputStream getDeployedStartForm(String processDefinitionId) {
                return commandExecutor.execute(new StartFormWithOptions(processDefinitionId, FormContextPlugin.this));
            }
        });
    }

    /**
     * What the task's form shows beside its fields, worked out in the command that asks. The engine has
     * checked that the caller may read the task; what its form shows is Safar's to decide, as it was when
     * the create listener ran on the engine's behalf. The context may evaluate a decision (approval
     * routing, per diem) that the caller has no permission to evaluate directly.
     */
    VariableMap context(TaskEntity task, CommandContext commandContext) {
        VariableMap context = Variables.createVariables();
        Optional<FormContext> shown = contextOf(task);
        if (shown.isEmpty()) {
            return context;
        }
        boolean checking = commandContext.isAuthorizationCheckEnabled();
        commandContext.disableAuthorizationCheck();
        try {
            shown.get().show(task, context);
        } finally {
            if (checking) {
                commandContext.enableAuthorizationCheck();
            }
        }
        return context;
    }

    /** The Camunda Form a task shows, if it has one that is deployed. */
    Optional<CamundaForm> formOf(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        return definition == null ? Optional.empty()
                : forms.find(definition.getTaskFormHandler().createTaskForm(task));
    }

    /**
     * The options of a start form for the user who opens or submits it, by {@code valuesKey}; none for a form
     * without a {@link StartFormContext}. Worked out as Safar: the engine has checked that the user may start
     * the process, and the context decides what they may choose.
     */
    Map<String, List<FormOption>> startOptions(String form, CommandContext commandContext) {
        if (byStartForm == null) {
            byStartForm = startContexts.orderedStream()
                    .collect(Collectors.toUnmodifiableMap(StartFormContext::form, c -> c));
        }
        StartFormContext context = form == null ? null : byStartForm.get(form);
        String userId = commandContext.getAuthenticatedUserId();
        if (context == null || userId == null) {
            return Map.of();
        }
        boolean checking = commandContext.isAuthorizationCheckEnabled();
        commandContext.disableAuthorizationCheck();
        try {
            return context.options();
        } finally {
            if (checking) {
                commandContext.enableAuthorizationCheck();
            }
        }
    }

    /** The context of a task's Camunda Form, if it has one. */
    private Optional<FormContext> contextOf(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        Expression form = definition == null ? null : definition.getCamundaFormDefinitionKey();
        if (form == null) {
            return Optional.empty();
        }
        if (byForm == null) {
            byForm = contexts.orderedStream().collect(Collectors.toUnmodifiableMap(FormContext::form, c -> c));
        }
        return Optional.ofNullable(byForm.get(String.valueOf(form.getValue(task))));
    }

    private static final class WithContext extends GetTaskFormVariablesCmd {

        private final transient FormContextPlugin plugin;

        WithContext(String taskId, Collection<String> names, boolean deserialize, FormContextPlugin plugin) {
            super(taskId, names, deserialize);
            this.plugin = plugin;
        }

        @Override
        public VariableMap execute(CommandContext commandContext) {
            VariableMap variables = super.execute(commandContext);
            TaskEntity task = commandContext.getTaskManager().findTaskById(resourceId);
            VariableMap context = plugin.context(task, commandContext);
            for (String name : context.keySet()) {
                boolean asked = formVariableNames == null || formVariableNames.contains(name);
                if (asked && task.getVariableLocal(name) == null) {
                    variables.putValueTyped(name, typed(context.getValueTyped(name)));
                }
            }
            plugin.formOf(task).ifPresent(form -> form.escapeShownText(variables));
            return variables;
        }

        /** Typed as the engine types a stored variable of that value, and JSON as the caller asked for it. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private TypedValue typed(TypedValue value) {
            if (value instanceof UntypedValueImpl untyped) {
                TypedValueSerializer serializer = Context.getProcessEngineConfiguration().getVariableSerializers()
                        .findSerializerForValue(untyped);
                return serializer.convertToTypedValue(untyped);
            }
            if (deserializeObjectValues && value instanceof JsonValue json && !json.isDeserialized()) {
                return SpinValues.jsonValue(JSON(json.getValueSerialized())).create();
            }
            return value;
        }
    }

    /** The engine's deployed start form, with the options of its {@link StartFormContext} written in. */
    private static final class StartFormWithOptions extends GetDeployedStartFormCmd {

        private final transient FormContextPlugin plugin;

        StartFormWithOptions(String processDefinitionId, FormContextPlugin plugin) {
            super(processDefinitionId);
            this.plugin = plugin;
        }

        @Override
        protected InputStream getResourceForCamundaFormRef(CamundaFormRef ref, String deploymentId) {
            InputStream form = super.getResourceForCamundaFormRef(ref, deploymentId);
            Map<String, List<FormOption>> options = plugin.startOptions(ref.getKey(), commandContext);
            if (options.isEmpty()) {
                return form;
            }
            try (form) {
                return new ByteArrayInputStream(ServedStartForm.withOptions(form.readAllBytes(), options));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
