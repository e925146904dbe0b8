package org.safar.travel.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.delegation.MemberTasks;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.travel.TravelForms;
import org.safar.travel.TravelService;
import org.safar.travel.TravelVariables;
import org.springframework.stereotype.Component;

/** An intern's "Monthly check-in": how they are, how the internship goes, what troubles them. */
@Component
class MonthlyCheckInTask implements TaskListener, FormContext {

    private final TravelForms forms;
    private final TravelService travel;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    MonthlyCheckInTask(TravelForms forms, TravelService travel, MemberTasks memberTasks,
            FormVariables variables, TaskSubjects subjects) {
        this.forms = forms;
        this.travel = travel;
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
            memberTasks.nameForOthers(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            travel.recordCheckIn(delegationId, memberId, variables.text(task, TravelVariables.WELLBEING),
                    variables.text(task, TravelVariables.PROGRESS), variables.text(task, TravelVariables.ISSUES),
                    memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "monthlyCheckIn";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showCheckIn(form, subject.delegationId(), subject.memberId());
    }
}
