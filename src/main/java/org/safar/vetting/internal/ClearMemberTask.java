package org.safar.vetting.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.identity.CurrentUser;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.vetting.VettingForms;
import org.safar.vetting.VettingService;
import org.safar.vetting.VettingVariables;
import org.springframework.stereotype.Component;

/**
 * The task "Clear member", one per member: shows the member's file and records the clearance
 * (ConflictOfInterest keeps out anyone who nominated or belongs to the delegation).
 */
@Component
class ClearMemberTask implements TaskListener, FormContext {

    private final VettingForms forms;
    private final VettingService vetting;
    private final CurrentUser currentUser;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    ClearMemberTask(VettingForms forms, VettingService vetting, CurrentUser currentUser,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.vetting = vetting;
        this.currentUser = currentUser;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        Long delegationId = subject.delegationId();
        Long memberId = subject.requireMember();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.setName(forms.clearanceName(delegationId, memberId));
            case EVENTNAME_COMPLETE -> vetting.clear(delegationId, memberId,
                    variables.text(task, VettingVariables.CLEARANCE),
                    variables.text(task, VettingVariables.CLEARANCE_NOTE), currentUser.actorOf(task));
            default -> {
            }
        }
    }

    @Override
    public String form() {
        return "clearMember";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showClearance(form, subject.delegationId(), subject.memberId());
    }
}
