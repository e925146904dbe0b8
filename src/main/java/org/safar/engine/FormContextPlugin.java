package org.safar.engine;

// Camunda's internals: FormServiceImpl (a subclass replaces the engine's form service) with its protected
// commandExecutor and #getTaskFormVariables(String, Collection, boolean); GetTaskFormVariablesCmd's constructor
// and protected fields resourceId, formVariableNames, deserializeObjectValues; TaskEntity#getTaskDefinition,
// TaskDefinition#getCamundaFormDefinitionKey and the engine's variable serializers. If they change, Tasklist's
// forms open without their context (the delegation, the member's file, the options): UpgradeContractTest.

import static org.camunda.spin.Spin.JSON;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 */
@Component
class FormContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormContext> contexts;
    private final DeployedForms forms = new DeployedForms();
    private volatile Map<String, FormContext> byForm;

    /** The forms' contexts are looked up when a form first loads: they need the engine this plugin helps build. */
    FormContextPlugin(ObjectProvider<FormContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFormService(new FormServiceImpl() {
            @Override
            public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserialize) {
                return commandExecutor.execute(
                        new WithContext(taskId, names, deserialize, FormContextPlugin.this));
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
}
