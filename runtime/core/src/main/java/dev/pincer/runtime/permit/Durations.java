package dev.pincer.runtime.permit;

import java.time.Duration;

/** Durations in words for the owner: {@code 10 minutes}, {@code 45 seconds}, {@code 2 hours}. */
final class Durations {

    private Durations() {}

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0 && seconds >= 3600) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0 && seconds >= 60) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
