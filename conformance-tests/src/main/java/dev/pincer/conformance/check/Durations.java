package dev.pincer.conformance.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Gaps between moments, and durations in the words of a report. */
public final class Durations {
    private Durations() {}

    /** The time between each moment and the next. */
    public static List<Duration> gaps(List<Instant> moments) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < moments.size(); i++) {
            gaps.add(Duration.between(moments.get(i - 1), moments.get(i)));
        }
        return gaps;
    }

    /** Seconds with three decimals, such as {@code 1.250 s}. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    /** Durations as seconds with three decimals, such as {@code [1.250 s, 2.000 s]}. */
    public static String seconds(List<Duration> durations) {
        return durations.stream().map(Durations::seconds).collect(Collectors.joining(", ", "[", "]"));
    }
}
