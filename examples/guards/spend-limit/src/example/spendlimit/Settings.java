package example.spendlimit;

import dev.pincer.spi.Config;
import dev.pincer.spi.IntegrationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/** The guard's validated configuration. */
record Settings(BigDecimal limit, String currency, String windowName, Duration window) {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Map<String, Duration> WINDOWS = Map.of("minute", Duration.ofMinutes(1),
            "hour", Duration.ofHours(1), "day", Duration.ofDays(1), "week", Duration.ofDays(7));

    static Settings read(Config config) {
        String limitText = config.require("limit").strip();
        BigDecimal limit;
        try {
            limit = new BigDecimal(limitText);
        } catch (NumberFormatException e) {
            limit = BigDecimal.ZERO;
        }
        if (limit.signum() <= 0) {
            throw new IntegrationException("configuration key 'limit' is \"" + limitText
                    + "\"; write a decimal number above zero, such as 20.00");
        }
        String currency = config.require("currency").strip();
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IntegrationException("configuration key 'currency' is \"" + currency
                    + "\"; write an ISO 4217 code of three upper-case letters, such as USD");
        }
        String windowName = config.require("window").strip();
        Duration window = WINDOWS.get(windowName);
        if (window == null) {
            throw new IntegrationException("configuration key 'window' is \"" + windowName
                    + "\"; valid values: minute, hour, day, week");
        }
        return new Settings(limit, currency, windowName, window);
    }
}
