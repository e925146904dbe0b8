package org.safar.debriefing.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.debriefing.DebriefingForms;
import org.safar.debriefing.DebriefingService;
import org.safar.debriefing.DebriefingVariables;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.delegation.MemberTasks;
import org.springframework.stereotype.Component;

/** "Record action plan outcome", six months after the return, one per participant with an accepted report. */
@Component
class RecordActionPlanOutcomeTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    RecordActionPlanOutcomeTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.debriefing = debriefing;
        this.memberTasks = memberTasks;
        this.variables = variables;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        Long delegationId = subject.delegationId();
        Long memberId = subject.requireMember();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            memberTasks.nameAfterMember(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            debriefing.recordOutcome(delegationId, memberId,
                    variables.text(task, DebriefingVariables.ACTION_PLAN_OUTCOME),
                    variables.text(task, DebriefingVariables.OUTCOME_COMMENT), memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "recordActionPlanOutcome";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showReport(form, subject.delegationId(), subject.memberId());
    }
}
