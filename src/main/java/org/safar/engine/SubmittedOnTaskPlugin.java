package org.safar.engine;

// Camunda's internals: AbstractBpmnParseListener#parseUserTask and #parseProcess, TaskDefinition's
// get/setTaskFormHandler, ProcessDefinitionEntity's get/setStartFormHandler, the TaskFormHandler and
// StartFormHandler interfaces it implements, and FormFieldValidationException, the one exception the engine REST
// API answers with 400 on submit-form. If they change, the build fails, or a form's submission is no longer
// checked and no longer kept on the task (UpgradeContractTest, SubmittedFormsScenarioTest).

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.safar.tasklist.CamundaForm;
import org.safar.tasklist.FormOption;
import org.safar.tasklist.FormRefused;
import org.safar.web.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a form sends back ({@code submit-form}) is checked against the form, then stays on the task.
 *
 * <p>Checked: a submission carries only the fields of the Camunda Form that the task or the start event
 * shows, each valid by the form's rules and by the API's ({@link CamundaForm}); anything else is refused
 * with 400 ({@link FormRefused}) before a variable is written, so that a key a listener would read
 * ({@code delegationId}, {@code memberId}, {@code approverGroup}, {@code nominatedBy}) cannot be slipped in
 * beside the fields. A step without a Camunda Form takes nothing through a form. The options a select or
 * taglist takes from a variable are those its form's context offers now ({@link FormContextPlugin}).
 *
 * <p>Stays on the task: a task form's values become variables local to the task, which the task's complete
 * listener reads and which end with the task, instead of spreading over the process instance, where the
 * parallel tasks of a multi-instance (the clearances, the trip reports) would write the same variable.
 * Declaring every field on the task, empty, when it was created did the same at twice the writes
 * (docs/BENCHMARKS.md). A start form's values start the process as the engine sets them.
 *
 * <p>Every user task and start event of every model gets it as the models are deployed, wrapping the
 * engine's own form handlers (internal to Camunda 7: {@code TaskDefinition#setTaskFormHandler},
 * {@code ProcessDefinitionEntity#setStartFormHandler}); the models' forms are Camunda Forms, so the engine's
 * handlers have no form fields to validate or convert. The fast process tests' engine runs it unchecked:
 * it deploys one model without its forms and mocks the listeners that would read the values.
 */
@Component
public class SubmittedOnTaskPlugin extends AbstractProcessEnginePlugin {

    private final FormContextPlugin contexts;
    private final DeployedForms forms = new DeployedForms();
    private boolean checkedAgainstForms = true;

    /** For an engine without Safar's form contexts (the process tests'): options come from variables only. */
    public SubmittedOnTaskPlugin() {
        this(null);
    }

    @Autowired
    SubmittedOnTaskPlugin(FormContextPlugin contexts) {
        this.contexts = contexts;
    }

    /** Whether submissions are checked against their forms: always, but in the process tests' engine. */
    public void setCheckedAgainstForms(boolean checkedAgainstForms) {
        this.checkedAgainstForms = checkedAgainstForms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.setTaskFormHandler(new KeptOnTask(task.getTaskFormHandler()));
            }

            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
                if (definition.getStartFormHandler() != null) {
                    definition.setStartFormHandler(new CheckedStart(definition.getStartFormHandler()));
                }
            }
        });
    }

    /**
     * The values of a submission that are kept; for all it does wrong, {@link FormRefused} as the engine's
     * {@link FormFieldValidationException}, whose violations are the detail.
     */
    private VariableMap checked(FormData form, VariableMap submitted, Function<String, Collection<String>> options) {
        if (!checkedAgainstForms) {
            return submitted;
        }
        try {
            return forms.toCheck(form).map(camundaForm -> camundaForm.check(submitted, options)).orElseGet(() -> {
                if (!submitted.isEmpty()) {
                    throw new FormRefused("of this step", submitted.keySet().stream().map(key -> new Violation(key,
                            "unknownField", key + " is not a field: this step has no form to fill in")).toList());
                }
                return submitted;
            });
        } catch (FormRefused refused) {
            throw new FormFieldValidationException(refused.violations(), refused.getMessage());
        }
    }

    /**
     * The options that a task form's fields take from variables: from its form's context, worked out once
     * for the submission and only if a field needs it, else from the task's variables.
     */
    private Function<String, Collection<String>> options(TaskEntity task) {
        VariableMap[] context = new VariableMap[1];
        return variable -> {
            if (context[0] == null) {
                context[0] = contexts == null ? Variables.createVariables()
                        : contexts.context(task, Context.getCommandContext());
            }
            TypedValue options = context[0].getValueTyped(variable);
            return CamundaForm.optionValues(options != null ? options : task.getVariableTyped(variable, true));
        };
    }

    /** The options that a start form's fields take from its {@link org.safar.tasklist.StartFormContext}. */
    private Function<String, Collection<String>> startOptions(StartFormData form) {
        CamundaFormRef ref = form.getCamundaFormRef();
        if (contexts == null || ref == null) {
            return name -> List.of();
        }
        Map<String, List<FormOption>> options = contexts.startOptions(ref.getKey(), Context.getCommandContext());
        return name -> options.getOrDefault(name, List.of()).stream().map(FormOption::value).toList();
    }

    /** Sets what a form submits on the task itself; everything else is the engine's handler's. */
    private final class KeptOnTask implements TaskFormHandler {

        private final TaskFormHandler handler;

        KeptOnTask(TaskFormHandler handler) {
            this.handler = handler;
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope scope) {
            TaskEntity task = (TaskEntity) scope;
            task.setVariablesLocal(checked(handler.createTaskForm(task), properties, options(task)));
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

    /** Checks what a start form submits before the engine's handler sets it on the new process instance. */
    private final class CheckedStart implements StartFormHandler {

        private final StartFormHandler handler;

        CheckedStart(StartFormHandler handler) {
            this.handler = handler;
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope scope) {
            ProcessDefinitionEntity definition = ((ExecutionEntity) scope).getProcessDefinition();
            // A start form's choices are checked against the options it was served with, for this user.
            StartFormData form = handler.createStartFormData(definition);
            handler.submitFormVariables(checked(form, properties, startOptions(form)), scope);
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
            return handler.createStartFormData(definition);
        }

        @Override
        public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
                BpmnParse parse) {
            handler.parseConfiguration(element, deployment, definition, parse);
        }
    }
}
