package org.safar.vetting.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.DelegationVariables;
import org.safar.delegation.TaskSubjects;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.vetting.VettingForms;
import org.safar.vetting.VettingService;
import org.safar.vetting.VettingVariables;
import org.springframework.stereotype.Component;

/**
 * The task "Approve delegation", one per approver group in turn: shows the delegation and why this
 * group approves, and records the decision (ConflictOfInterest keeps out anyone who nominated or
 * belongs to it).
 */
@Component
class ApproveDelegationTask implements TaskListener, FormContext {

    private final VettingForms forms;
    private final VettingService vetting;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ApproveDelegationTask(VettingForms forms, VettingService vetting, CurrentUser currentUser,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.vetting = vetting;
        this.currentUser = currentUser;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Long delegationId = subjects.of(task).delegationId();
            String group = approverGroup(task);
            task.getExecution().setVariable(DelegationVariables.VETTING_PASSED,
                    vetting.decide(delegationId, group, variables.text(task, VettingVariables.APPROVAL),
                            variables.text(task, VettingVariables.APPROVAL_REASON), currentUser.actorOf(task)));
        }
    }

    @Override
    public String form() {
        return "approveDelegation";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        forms.showApproval(form, subjects.of(task).delegationId(), approverGroup(task));
    }

    /**
     * The group whose approval the task asks for: its candidate group, which the model gave it from the
     * routing decision ({@value VettingVariables#APPROVER_GROUP}) and which nobody but an administrator changes.
     */
    private static String approverGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException("\"" + task.getName() + "\" has no approver group"));
    }
}
