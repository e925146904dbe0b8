package org.safar.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/**
 * The engine surface's list without an engine: each rule on commands as the engine's services build
 * them. Loading the list reads the engine's command fields it relies on, so an upgrade that moves one
 * fails here by the field's name.
 */
class EngineSurfacePluginTest {

    @Test
    void theListFindsTheFieldsItReadsInThisCamunda() {
        assertThat(EngineSurfacePlugin.ALLOWED).containsKeys(TaskQueryImpl.class, ClaimTaskCmd.class,
                SubmitStartFormCmd.class, AddCommentCmd.class, SaveUserCmd.class, CheckPassword.class);
    }

    @Test
    void whatIsNotOnTheListIsRefused() {
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new CompleteTaskCmd("task", Map.of()), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class).hasMessageContaining("CompleteTaskCmd");
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new SetTaskVariablesCmd("task", Map.of("x", 1), true), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class);
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new ExecuteJobsCmd("job", null), "seoul"))
                .isInstanceOf(EngineSurfaceRefusal.class);
    }

    @Test
    void aRuleLetsInOnlyWhatItsClassMayDoForThisUser() {
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new ClaimTaskCmd("task", "sardor"), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class);
        assertThat(EngineSurfacePlugin.admit(new ClaimTaskCmd("task", "tokyo"), "tokyo")).isNotNull();

        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new SubmitStartFormCmd("delegation:1", "4242", Map.of()), "aziza"))
                .isInstanceOf(EngineSurfaceRefusal.class);
        SubmitStartFormCmd startForm = new SubmitStartFormCmd("delegation:1", null, Map.of());
        assertThat(EngineSurfacePlugin.admit(startForm, "aziza")).isSameAs(startForm);

        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new AddCommentCmd(null, "instance", "Hi"), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class);
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new HistoricTaskInstanceQueryImpl(), "tokyo"))
                .as("the history of every task").isInstanceOf(EngineSurfaceRefusal.class);

        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new SaveUserCmd(new UserEntity("aziza"), false), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class);
        assertThatThrownBy(() -> EngineSurfacePlugin.admit(new CheckPassword("aziza", "aziza"), "tokyo"))
                .isInstanceOf(EngineSurfaceRefusal.class);
    }
}
