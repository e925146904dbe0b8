package org.safar.debriefing.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.safar.debriefing.DebriefingForms;
import org.safar.debriefing.DebriefingService;
import org.safar.debriefing.DebriefingVariables;
import org.safar.debriefing.PracticeEntry;
import org.safar.delegation.TaskSubject;
import org.safar.delegation.TaskSubjects;
import org.safar.tasklist.FormContext;
import org.safar.tasklist.FormVariables;
import org.safar.delegation.MemberTasks;
import org.springframework.stereotype.Component;

/**
 * A participant's "Submit trip report": what they learned, the good practices they found and their
 * action plan. Tells the gateway whether a report came in or the participant was withdrawn.
 */
@Component
class SubmitTripReportTask implements TaskListener, FormContext {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final TaskSubjects subjects;

    SubmitTripReportTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
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
            memberTasks.nameForOthers(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String status = debriefing.submit(delegationId, memberId,
                    variables.text(task, DebriefingVariables.LEARNED),
                    practices(task),
                    variables.text(task, DebriefingVariables.ACTION_PLAN), memberTasks.actor(task));
            task.getExecution().setVariable(DebriefingVariables.REPORT_STATUS, status);
        }
    }

    /** The practices the participant filled in; a group left wholly empty is no practice. */
    private List<PracticeEntry> practices(DelegateTask task) {
        List<PracticeEntry> practices = new ArrayList<>();
        for (int n = 1; n <= DebriefingVariables.GOOD_PRACTICES; n++) {
            PracticeEntry practice = new PracticeEntry("practice" + n,
                    variables.text(task, DebriefingVariables.practiceTitle(n)),
                    variables.text(task, DebriefingVariables.practiceDescription(n)),
                    variables.text(task, DebriefingVariables.practiceWhereItApplies(n)));
            if (!isBlank(practice.title()) || !isBlank(practice.description())
                    || !isBlank(practice.whereItApplies())) {
                practices.add(practice);
            }
        }
        return practices;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String form() {
        return "submitTripReport";
    }

    @Override
    public void show(DelegateTask task, VariableMap form) {
        TaskSubject subject = subjects.of(task);
        forms.showSubmission(form, subject.delegationId(), subject.memberId());
    }
}
