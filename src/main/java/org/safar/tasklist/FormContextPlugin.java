package org.safar.tasklist;

import static org.camunda.spin.Spin.JSON;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Adds each task's {@link FormContext} to its form variables, the engine's answer to Tasklist's
 * {@code GET /task/{id}/form-variables}. The engine's form service gets one command more: after the
 * engine has checked that the caller may read the task and collected its variables, the create
 * listener of the task's model is asked for the context, inside the same command and transaction.
 * A task whose create listener shows no context gets the engine's answer unchanged.
 */
@Component
class FormContextPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFormService(new FormServiceImpl() {
            @Override
            public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserialize) {
                return commandExecutor.execute(new WithContext(taskId, names, deserialize));
            }
        });
    }

    private static final class WithContext extends GetTaskFormVariablesCmd {

        WithContext(String taskId, Collection<String> names, boolean deserialize) {
            super(taskId, names, deserialize);
        }

        @Override
        public VariableMap execute(CommandContext commandContext) {
            VariableMap variables = super.execute(commandContext);
            TaskEntity task = commandContext.getTaskManager().findTaskById(resourceId);
            VariableMap context = Variables.createVariables();
            // The engine has checked that the caller may read the task; what its form shows is Safar's to
            // decide, as it was when the create listener ran on the engine's behalf. The context may evaluate
            // a decision (approval routing, per diem) that the caller has no permission to evaluate directly.
            commandContext.disableAuthorizationCheck();
            try {
                for (FormContext shown : contextOf(task)) {
                    shown.show(task, context);
                }
            } finally {
                commandContext.enableAuthorizationCheck();
            }
            for (String name : context.keySet()) {
                boolean asked = formVariableNames == null || formVariableNames.contains(name);
                if (asked && task.getVariableLocal(name) == null) {
                    variables.putValueTyped(name, typed(context.getValueTyped(name)));
                }
            }
            return variables;
        }

        /** The create listeners of the task's model that show a context, e.g. {@code ${clearMemberTask}}. */
        private static List<FormContext> contextOf(TaskEntity task) {
            TaskDefinition definition = task.getTaskDefinition();
            List<TaskListener> listeners = definition == null ? null
                    : definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
            if (listeners == null) {
                return List.of();
            }
            return listeners.stream()
                    .filter(DelegateExpressionTaskListener.class::isInstance)
                    .map(listener -> Context.getProcessEngineConfiguration().getExpressionManager()
                            .createExpression(((DelegateExpressionTaskListener) listener).getExpressionText())
                            .getValue(task))
                    .filter(FormContext.class::isInstance)
                    .map(FormContext.class::cast)
                    .toList();
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
