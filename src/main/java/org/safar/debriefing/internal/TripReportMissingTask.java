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

/** "Trip report missing": the department head hears of a report 21 days late and notes what they did. */
@Component
class TripReportMissingTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    TripReportMissingTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
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
            debriefing.noteMissing(delegationId, memberId, variables.text(task, DebriefingVariables.MISSING_NOTE),
                    memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "tripReportMissing";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showReport(form, subject.delegationId(), subject.memberId());
    }
}
