package org.safar.debriefing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safar.delegation.DelegationVariables;
import org.safar.tasklist.FormVariables;
import org.safar.travel.DynamicListInput;
import org.safar.travel.DynamicListInput.Row;
import org.safar.travel.MemberTasks;
import org.springframework.stereotype.Component;

/**
 * A participant's "Submit trip report": what they learned, the good practices they found and their
 * action plan. Tells the gateway whether a report came in or the participant was withdrawn.
 */
@Component
class SubmitTripReportTask implements TaskListener {

    private final DebriefingForms forms;
    private final DebriefingService debriefing;
    private final MemberTasks memberTasks;
    private final FormVariables variables;
    private final DynamicListInput input;

    SubmitTripReportTask(DebriefingForms forms, DebriefingService debriefing, MemberTasks memberTasks,
            FormVariables variables, DynamicListInput input) {
        this.forms = forms;
        this.debriefing = debriefing;
        this.memberTasks = memberTasks;
        this.variables = variables;
        this.input = input;
    }

    @Override
    public void notify(DelegateTask task) {
        Long delegationId = (Long) task.getVariable(DelegationVariables.DELEGATION_ID);
        Long memberId = (Long) task.getVariable(DebriefingVariables.MEMBER_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            memberTasks.nameForOthers(task, delegationId, memberId);
            forms.fillSubmission(task, delegationId, memberId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String status = debriefing.submit(delegationId, memberId,
                    variables.text(task, DebriefingVariables.LEARNED),
                    input.rows(task, DebriefingVariables.GOOD_PRACTICES).stream()
                            .filter(row -> !row.isBlank())
                            .map(SubmitTripReportTask::practice).toList(),
                    variables.text(task, DebriefingVariables.ACTION_PLAN), memberTasks.actor(task));
            task.getExecution().setVariable(DebriefingVariables.REPORT_STATUS, status);
        }
    }

    private static PracticeEntry practice(Row row) {
        return new PracticeEntry(row.path(), row.text("title"), row.text("description"), row.text("whereItApplies"));
    }
}
