package org.safar.tasklist;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * What a task's form sends back ({@code submit-form}) stays on the task: its values become variables
 * local to the task, which the task's complete listener reads and which end with the task, instead of
 * spreading over the process instance, where the parallel tasks of a multi-instance (the clearances,
 * the trip reports) would write the same variable. Declaring every field on the task, empty, when it
 * was created did the same at twice the writes (docs/BENCHMARKS.md).
 *
 * <p>Every user task of every model gets it as the models are deployed. The models' forms are Camunda
 * Forms, so the engine's own form handler has no form fields to validate or convert: it is left
 * nothing to set. The fast process tests' engine runs it too.
 */
@Component
public class SubmittedOnTaskPlugin extends AbstractProcessEnginePlugin {

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
}
