package org.safar.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The day of the drill's trip, and the time zone of the drill's agency, chosen so that this day
 * begins a little while from now. Until then the programme has not started, so delegations may be
 * nominated for it; from then on its departure and return timers, set for the start of that day in
 * the agency's zone, are due. The nodes run in that zone (TZ, as compose sets it for a real agency),
 * and the timers fall due in real time: no clock is moved.
 */
record TripDay(ZoneId zone, LocalDate date, Instant begins) {

    static TripDay beginningIn(Duration lead) {
        Instant begins = Instant.now().plus(lead).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        int minuteOfDay = (int) (begins.getEpochSecond() % 86_400 / 60);
        int offset = (1440 - minuteOfDay) % 1440;
        if (offset > 720) {
            offset -= 1440;
        }
        ZoneId zone = ZoneId.ofOffset("GMT", ZoneOffset.ofTotalSeconds(offset * 60));
        return new TripDay(zone, begins.atZone(zone).toLocalDate(), begins);
    }

    /** The zone as the TZ variable names it to a JVM. */
    String tz() {
        return zone.getId();
    }
}
