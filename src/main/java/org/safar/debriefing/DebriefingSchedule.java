package org.safar.debriefing;

import java.util.Date;
import org.safar.travel.TravelSchedule;
import org.springframework.stereotype.Component;

/** When the action plans are followed up: six months after the return, for the timer of {@code debriefing.bpmn}. */
@Component
public class DebriefingSchedule {

    static final int FOLLOW_UP_MONTHS = 6;

    private final TravelSchedule travel;

    DebriefingSchedule(TravelSchedule travel) {
        this.travel = travel;
    }

    public Date followUp(Long delegationId) {
        return travel.startOf(travel.returnDay(delegationId).plusMonths(FOLLOW_UP_MONTHS));
    }
}
