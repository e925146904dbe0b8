package org.safar.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine clock through a lifecycle's three phases: now (opening to the day before departure),
 * after the latest return (travel's timers, debriefing), and six months later (the follow-up). The
 * engine clock is one for the whole JVM, so every thread's instances go through a phase together and
 * the clock moves between phases only, when no thread is working.
 */
final class BenchmarkClock {

    static final int PHASES = 3;

    private final LocalDate latestReturn;

    BenchmarkClock(LocalDate latestReturn) {
        this.latestReturn = latestReturn;
    }

    void enter(int phase) {
        switch (phase) {
            case 0 -> ClockUtil.reset();
            case 1 -> ClockUtil.setCurrentTime(date(latestReturn.plusDays(1)));
            case 2 -> ClockUtil.setCurrentTime(date(latestReturn.plusMonths(6).plusDays(2)));
            default -> throw new IllegalArgumentException("No phase " + phase);
        }
    }

    /** When the raw baseline's timers of a phase fall due: the day the phase begins. */
    Date timersOf(int phase) {
        return phase == 1 ? date(latestReturn.plusDays(1)) : date(latestReturn.plusMonths(6).plusDays(2));
    }

    static void reset() {
        ClockUtil.reset();
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
