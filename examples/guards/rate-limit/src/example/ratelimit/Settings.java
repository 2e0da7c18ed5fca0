package example.ratelimit;

import dev.pincer.spi.Config;
import dev.pincer.spi.IntegrationException;
import java.time.Duration;
import java.util.Map;

/** The guard's validated configuration. */
record Settings(int max, String per, Duration window, String match, Patterns patterns, boolean ask) {
    private static final Map<String, Duration> WINDOWS = Map.of("minute", Duration.ofMinutes(1),
            "hour", Duration.ofHours(1), "day", Duration.ofDays(1));

    static Settings read(Config config) {
        String maxText = config.require("max").strip();
        int max;
        try {
            max = Integer.parseInt(maxText);
        } catch (NumberFormatException e) {
            max = 0;
        }
        if (max < 1 || max > 1000) {
            throw new IntegrationException("configuration key 'max' is \"" + maxText
                    + "\"; write a whole number from 1 to 1000");
        }
        String per = config.require("per").strip();
        Duration window = WINDOWS.get(per);
        if (window == null) {
            throw new IntegrationException("configuration key 'per' is \"" + per + "\"; valid values: minute, hour, day");
        }
        String match = config.require("match");
        Patterns patterns = Patterns.parse(match);
        String over = config.get("over").orElse("deny").strip();
        if (!over.equals("deny") && !over.equals("ask")) {
            throw new IntegrationException("configuration key 'over' is \"" + over + "\"; valid values: deny, ask");
        }
        return new Settings(max, per, window, match.strip(), patterns, over.equals("ask"));
    }
}
