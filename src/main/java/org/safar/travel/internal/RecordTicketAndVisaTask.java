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

/**
 * The officer's "Record ticket and visa", one per member and named after them: completed only with
 * the member's flight, ticket and visa. A member withdrawn meanwhile has the task closed without them.
 */
@Component
class RecordTicketAndVisaTask implements TaskListener, FormContext {

    private final TravelForms forms;
    private final TravelService travel;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    RecordTicketAndVisaTask(TravelForms forms, TravelService travel, MemberTasks memberTasks,
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
            memberTasks.nameAfterMember(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            travel.recordTicket(delegationId, memberId, variables.text(task, TravelVariables.FLIGHT),
                    variables.text(task, TravelVariables.TICKET_NUMBER), variables.text(task, TravelVariables.VISA),
                    variables.text(task, TravelVariables.VISA_NUMBER), memberTasks.actor(task));
        }
    }

    @Override
    public String form() {
        return "recordTicketAndVisa";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showTicket(form, subject.delegationId(), subject.memberId());
    }
}
