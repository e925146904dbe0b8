package org.safar.engine;

// Camunda's internal: ClockUtil#getCurrentTime, the engine's clock (which tests set with
// ClockUtil#setCurrentTime). If it moves, the due-date sweep of notices.TaskNotices cannot tell which tasks are
// overdue; UpgradeContractTest checks the method.

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safar.notices.EngineClock;
import org.springframework.stereotype.Component;

@Component
class CamundaEngineClock implements EngineClock {

    @Override
    public Date now() {
        return ClockUtil.getCurrentTime();
    }
}
