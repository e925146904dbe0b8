package org.safar.debriefing;

/** Whether a participant carried out their action plan, as the department head found six months after return. */
public enum ActionPlanOutcome {
    CARRIED_OUT_FULLY,
    CARRIED_OUT_PARTLY,
    NOT_CARRIED_OUT
}
