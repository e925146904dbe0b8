package org.safar.engine;

// Camunda's internals: ProcessEngineConfigurationImpl#setHostname and JobExecutor#setLockOwner. If they
// change, jobs are locked under a random owner and the job log names the machine, not the node.

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the node's name ({@code safar.node-name}, e.g. SAFAR_NODE_NAME=safar-1) to the engine: it
 * locks the jobs it takes under that name and writes it into the job log, so that an operator sees
 * which node holds or ran a job. Each node needs a name of its own. Without one, Camunda's defaults
 * stay: a random lock owner and the machine's address.
 */
@Component
class NodeNamePlugin extends AbstractProcessEnginePlugin {

    private final String nodeName;

    NodeNamePlugin(@Value("${safar.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty()) {
            configuration.setHostname(nodeName);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty() && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName);
        }
    }
}
