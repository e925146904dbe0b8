package org.safar.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safar.ProcessTestEngine;
import org.safar.web.InvalidRequestException;

/**
 * {@code change-delegation.bpmn} with its delegate mocked: the start form's answers go straight to the
 * change, which is made before the process ends; no task waits. A refused change starts nothing.
 */
@Deployment(resources = "processes/change-delegation.bpmn")
class ChangeDelegationProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

    ProcessEngine engine;

    /** What the delegate was given, one map per change made. */
    private final List<Map<String, Object>> changes = new ArrayList<>();

    @BeforeEach
    void registerDelegate() {
        Mocks.register("changeDelegation", (JavaDelegate) execution -> {
            if ("42".equals(execution.getVariable(DelegationVariables.CHOSEN_DELEGATION))
                    && execution.getVariable(DelegationVariables.CHOSEN_MEMBER) != null
                    && !String.valueOf(execution.getVariable(DelegationVariables.CHOSEN_MEMBER)).startsWith("42:")) {
                throw new InvalidRequestException(DelegationVariables.CHOSEN_MEMBER, "option", "Not a member of 42");
            }
            changes.add(Map.copyOf(execution.getVariables()));
        });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void aCancellationIsMadeAtOnceAndTheProcessEnds() {
        ProcessInstance change = start(Map.of("chosenDelegation", "42", "changeKind", "CANCEL",
                "changeReason", "Budget frozen until spring"));

        assertThat(change).isEnded().hasPassedInOrder("StartEvent_ChangeRequested", "ServiceTask_MakeChange",
                "EndEvent_ChangeMade");
        assertThat(changes).singleElement().satisfies(made -> assertThat(made)
                .containsEntry("changeKind", "CANCEL").containsEntry("chosenDelegation", "42"));
        assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void aWithdrawalIsMadeAtOnceAndTheProcessEnds() {
        ProcessInstance change = start(Map.of("chosenDelegation", "42", "changeKind", "WITHDRAW_MEMBER",
                "chosenMember", "42:7", "changeReason", "Needed at the centre"));

        assertThat(change).isEnded().hasPassed("ServiceTask_MakeChange", "EndEvent_ChangeMade");
        assertThat(changes).singleElement().satisfies(made -> assertThat(made).containsEntry("chosenMember", "42:7"));
    }

    @Test
    void aRefusedChangeStartsNothing() {
        Throwable refused = catchThrowable(() -> start(Map.of("chosenDelegation", "42",
                "changeKind", "WITHDRAW_MEMBER", "chosenMember", "43:8", "changeReason", "Forged")));

        assertThat(refused).hasMessageContaining("Not a member of 42");
        assertThat(changes).isEmpty();
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void theStartFormIsTheOnlyForm() {
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("changeDelegation")
                .singleResult().getId();
        assertThat(formService().getStartFormData(definition).getCamundaFormRef().getKey())
                .isEqualTo("requestDelegationChange");
    }

    private ProcessInstance start(Map<String, Object> answers) {
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("changeDelegation")
                .singleResult().getId();
        return formService().submitStartForm(definition, answers);
    }
}
