package org.safar.engine;

// Camunda's internals: AbstractBpmnParseListener#parseUserTask, UserTaskActivityBehavior#getTaskDefinition and
// TaskDefinition#addBuiltInTaskListener. If one changes, the conflict-of-interest and assignment guard is no
// longer added to the user tasks: the build fails, or, if the parse listener is no longer called, the guard is
// silently gone (UpgradeContractTest checks the signatures; AssignmentFollowsGroupsTest the behaviour).

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safar.delegation.DelegationTaskGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link DelegationTaskGuard} to every user task as the models are deployed, so that no model
 * can forget it. Built in, it runs before the model's own listeners and even when an operator skips
 * custom listeners in Cockpit. The guard is looked up when a task event fires: it needs the engine
 * that this plugin helps to build.
 */
@Component
class DelegationTasksPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<DelegationTaskGuard> guard;

    DelegationTasksPlugin(ObjectProvider<DelegationTaskGuard> guard) {
        this.guard = guard;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = task -> guard.getObject().notify(task);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
    }
}
