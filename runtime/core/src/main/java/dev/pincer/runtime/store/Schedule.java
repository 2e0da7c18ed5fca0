package dev.pincer.runtime.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** When a scheduled task runs: once, at a fixed period, or weekly at a wall-clock time. */
public sealed interface Schedule {

    /** Runs once, at {@code at}. */
    record Once(Instant at) implements Schedule {
        public Once {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Runs every {@code period}, counted from the first run; at least one second. */
    record Every(Duration period) implements Schedule {
        public Every {
            Objects.requireNonNull(period, "period");
            if (period.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a task's period must be at least one second, was " + period
                        + "; use Duration.ofSeconds(1) or longer");
            }
        }
    }

    /**
     * Runs every week on {@code day} at {@code time} in {@code zone}, following daylight saving time.
     *
     * <p>A time that does not exist on a day (skipped by a spring change) runs later by the length of
     * the gap; a time that exists twice (autumn) runs at the first.
     */
    record Weekly(DayOfWeek day, LocalTime time, ZoneId zone) implements Schedule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** The first run strictly after {@code now}: for {@link Once} its instant, even if that has passed. */
    default Instant firstRunAfter(Instant now) {
        Objects.requireNonNull(now, "now");
        return switch (this) {
            case Once once -> once.at();
            case Every every -> now.plus(every.period());
            case Weekly weekly -> weeklyAfter(weekly, now);
        };
    }

    /**
     * The run after a run that was due at {@code due} and fired at {@code now}: the first occurrence
     * strictly after {@code now}, so occurrences missed while Pincer was down are not made up one by
     * one; empty for {@link Once}.
     */
    default Optional<Instant> nextRunAfter(Instant due, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        return switch (this) {
            case Once once -> Optional.empty();
            case Every every -> {
                Instant from = now.isBefore(due) ? due : now;
                long periods = Duration.between(due, from).dividedBy(every.period()) + 1;
                yield Optional.of(due.plus(every.period().multipliedBy(periods)));
            }
            case Weekly weekly -> Optional.of(weeklyAfter(weekly, now));
        };
    }

    private static Instant weeklyAfter(Weekly weekly, Instant now) {
        LocalDate today = now.atZone(weekly.zone()).toLocalDate();
        LocalDate date = today.with(TemporalAdjusters.nextOrSame(weekly.day()));
        Instant candidate = ZonedDateTime.of(date, weekly.time(), weekly.zone()).toInstant();
        while (!candidate.isAfter(now)) {
            date = date.plusWeeks(1);
            candidate = ZonedDateTime.of(date, weekly.time(), weekly.zone()).toInstant();
        }
        return candidate;
    }
}
