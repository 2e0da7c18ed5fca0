package dev.pincer.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weeklyKeepsTheWallClockTimeAcrossTheSpringChange() {
        // Berlin moves from CET (+01) to CEST (+02) on Sunday 2026-03-29 at 02:00 local.
        Schedule mondayAtNine = new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN);
        Instant beforeChange = Instant.parse("2026-03-23T08:00:00Z"); // Monday 09:00 CET

        Optional<Instant> next = mondayAtNine.nextRunAfter(beforeChange, beforeChange);

        assertEquals(Optional.of(Instant.parse("2026-03-30T07:00:00Z")), next, "Monday 09:00 CEST");
        assertEquals(Duration.ofDays(7).minusHours(1), Duration.between(beforeChange, next.orElseThrow()));
    }

    @Test
    void weeklyKeepsTheWallClockTimeAcrossTheAutumnChange() {
        Schedule mondayAtNine = new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), BERLIN);
        Instant beforeChange = Instant.parse("2026-10-19T07:00:00Z"); // Monday 09:00 CEST

        assertEquals(Optional.of(Instant.parse("2026-10-26T08:00:00Z")),
                mondayAtNine.nextRunAfter(beforeChange, beforeChange), "Monday 09:00 CET");
    }

    @Test
    void aWeeklyTimeSkippedByTheChangeRunsAfterTheGap() {
        Schedule sundayAtHalfPastTwo = new Schedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), BERLIN);

        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST: 02:30 does not exist that night
                sundayAtHalfPastTwo.firstRunAfter(Instant.parse("2026-03-28T12:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-04-05T00:30:00Z")), // 02:30 CEST the week after
                sundayAtHalfPastTwo.nextRunAfter(Instant.parse("2026-03-29T01:30:00Z"),
                        Instant.parse("2026-03-29T01:30:00Z")));
    }

    @Test
    void weeklyFirstRunIsLaterTheSameDayOrNextWeek() {
        Schedule mondayAtNine = new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC"));

        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), mondayAtNine.firstRunAfter(
                Instant.parse("2026-03-02T08:59:59Z")));
        assertEquals(Instant.parse("2026-03-09T09:00:00Z"), mondayAtNine.firstRunAfter(
                Instant.parse("2026-03-02T09:00:00Z")), "strictly after now");
    }

    @Test
    void missedOccurrencesCollapseIntoOne() {
        Instant due = Instant.parse("2026-03-02T09:00:00Z");
        Schedule hourly = new Schedule.Every(Duration.ofHours(1));
        Schedule weekly = new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC"));
        Instant threeWeeksLater = Instant.parse("2026-03-23T10:30:00Z");

        assertEquals(Optional.of(Instant.parse("2026-03-23T11:00:00Z")), hourly.nextRunAfter(due, threeWeeksLater),
                "stays on the hour, after now");
        assertEquals(Optional.of(Instant.parse("2026-03-30T09:00:00Z")), weekly.nextRunAfter(due, threeWeeksLater));
        assertEquals(Optional.of(Instant.parse("2026-03-02T10:00:00Z")), hourly.nextRunAfter(due, due));
        assertEquals(Optional.empty(), new Schedule.Once(due).nextRunAfter(due, threeWeeksLater));
    }

    @Test
    void refusesAPeriodUnderOneSecond() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Schedule.Every(Duration.ofMillis(10)));

        assertEquals("a task's period must be at least one second, was PT0.01S; use Duration.ofSeconds(1) or longer",
                e.getMessage());
    }
}
