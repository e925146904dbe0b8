package org.safar.tasklist;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's side of Safar's task forms, for every user task of every model.
 *
 * <p><b>What a form shows.</b> Each task's {@link FormContext} is added to its form variables, the
 * engine's answer to Tasklist's {@code GET /task/{id}/form-variables}: the engine's form service gets
 * one command more that, after the engine has checked that the caller may read the task and collected
 * its variables, asks the {@link FormContext} of the task's form for the context, inside the same
 * command and transaction. A task whose form has no context gets the engine's answer unchanged.
 *
 * <p><b>What a form sends back</b> ({@code submit-form}) stays on the task: its values become variables
 * local to the task, which the complete listeners read and which end with the task, instead of
 * spreading over the process instance, where the parallel tasks of a multi-instance (the clearances,
 * the trip reports) would write the same variable. Declaring every field on the task empty when it is
 * created did the same at twice the writes. The models' forms are Camunda Forms, so the engine's own
 * handler has no form fields to validate or convert; it gets nothing to set.
 */
@Component
class TaskFormsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormContext> contexts;
    private volatile Map<String, FormContext> byForm;

    /** The forms' contexts are looked up when a form first loads: they need the engine this plugin helps build. */
    TaskFormsPlugin(ObjectProvider<FormContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFormService(new FormServiceImpl() {
            @Override
            public VariableMap getTaskFormVariables(String taskId, Collection<String> names, boolean deserialize) {
                return commandExecutor.execute(new WithContext(taskId, names, deserialize, TaskFormsPlugin.this::contextOf));
            }
        });
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.setTaskFormHandler(new KeptOnTask(task.getTaskFormHandler()));
            }
        });
    }

    /** Sets what a form submits on the task itself; everything else is the engine's handler's. */
    private record KeptOnTask(TaskFormHandler handler) implements TaskFormHandler {

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope task) {
            task.setVariablesLocal(properties);
            handler.submitFormVariables(Variables.createVariables(), task);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return handler.createTaskForm(task);
        }

        @Override
        public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                BpmnParse parse) {
            handler.parseConfiguration(element, deployment, definition, parse);
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

        private final transient Function<TaskEntity, Optional<FormContext>> contexts;

        WithContext(String taskId, Collection<String> names, boolean deserialize,
                Function<TaskEntity, Optional<FormContext>> contexts) {
            super(taskId, names, deserialize);
            this.contexts = contexts;
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
                contexts.apply(task).ifPresent(shown -> shown.show(task, context));
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
