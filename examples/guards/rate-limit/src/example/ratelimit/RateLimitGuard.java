package example.ratelimit;

import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import dev.pincer.spi.IntegrationContext;
import java.time.Instant;

/**
 * Denies or asks about matching actions beyond {@code max} per rolling window.
 *
 * <p>Configuration: {@code max} (1 to 1000), {@code per} ({@code minute}, {@code hour} or {@code day}),
 * {@code match} (comma-separated patterns) and {@code over} ({@code deny} or {@code ask}). The times of the matching
 * actions it passed are kept in the context's state, so a restart keeps the count.
 */
public final class RateLimitGuard implements Guard {
    static final String NAME = "rate-limit";

    private IntegrationContext context;
    private Settings settings;
    private PassedTimes passed;

    @Override
    public void start(IntegrationContext context) {
        this.context = context;
        this.settings = Settings.read(context.config());
        this.passed = new PassedTimes(context.state());
    }

    @Override
    public synchronized GuardVerdict inspect(GuardAction action) {
        if (!settings.patterns().matches(action)) {
            return GuardVerdict.pass();
        }
        Instant now = context.clock().now();
        Instant oldest = now.minus(settings.window());
        int count = passed.countAfter(oldest);
        if (count >= settings.max()) {
            String reason = NAME + ": " + count + " actions matching \"" + settings.match() + "\" already passed in the last "
                    + settings.per() + ", the most allowed is " + settings.max() + " per " + settings.per();
            return settings.ask() ? GuardVerdict.ask(reason) : GuardVerdict.deny(reason);
        }
        passed.record(now, oldest);
        return GuardVerdict.pass();
    }
}
