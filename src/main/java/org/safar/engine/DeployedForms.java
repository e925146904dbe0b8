package org.safar.engine;

// Camunda's internals: GetCamundaFormDefinitionCmd(CamundaFormRef, String), run in the asking command through
// CommandContext#runWithoutAuthorization, and ResourceManager#findResourceByDeploymentIdAndResourceName. If they
// change, no form is found: its context is not shown and a submission is refused (UpgradeContractTest).

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.safar.tasklist.CamundaForm;

/**
 * The Camunda Form that a task or start form shows, found as the engine finds it for Tasklist
 * ({@code deployed-form}): by its {@code camunda:formRef} and binding, through the engine's internal
 * {@link GetCamundaFormDefinitionCmd}, in the command that asks. A deployed form never changes, so each is
 * read once per engine; a new deployment is a new definition.
 */
final class DeployedForms {

    private final Map<String, CamundaForm> byDefinition = new ConcurrentHashMap<>();

    /** The Camunda Form of a task's or start event's form, or empty when it has none (or it is not deployed). */
    Optional<CamundaForm> find(FormData form) {
        CamundaFormRef ref = form.getCamundaFormRef();
        if (ref == null || ref.getKey() == null) {
            return Optional.empty();
        }
        CommandContext command = Context.getCommandContext();
        CamundaFormDefinition definition = command.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
        if (definition == null) {
            return Optional.empty();
        }
        return Optional.of(byDefinition.computeIfAbsent(definition.getId(), id -> {
            ResourceEntity resource = command.getResourceManager().findResourceByDeploymentIdAndResourceName(
                    definition.getDeploymentId(), definition.getResourceName());
            return CamundaForm.read(resource.getBytes());
        }));
    }

    /** The Camunda Form that a submission is checked against; a form that names one that is not deployed takes nothing. */
    Optional<CamundaForm> toCheck(FormData form) {
        Optional<CamundaForm> found = find(form);
        CamundaFormRef ref = form.getCamundaFormRef();
        if (found.isEmpty() && ref != null && ref.getKey() != null) {
            throw new ProcessEngineException("The Camunda Form " + ref.getKey() + " (" + ref.getBinding()
                    + ") is not deployed; nothing can be submitted with it");
        }
        return found;
    }
}
