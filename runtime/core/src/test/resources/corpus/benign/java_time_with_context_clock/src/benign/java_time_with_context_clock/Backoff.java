package benign.java_time_with_context_clock;

import dev.pincer.spi.Clock;
import dev.pincer.spi.IntegrationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

public final class Backoff {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Clock clock;
    private final RandomGenerator random;

    public Backoff(IntegrationContext context) {
        this.clock = context.clock();
        this.random = context.random();
    }

    public Duration delay(int attempt) {
        long capped = Math.min(30_000L, 500L * (1L << Math.min(attempt, 16)));
        return Duration.ofMillis(capped / 2 + random.nextLong(capped / 2 + 1));
    }

    public void pause(int attempt) throws InterruptedException {
        clock.sleep(delay(attempt));
    }

    public String stamp() {
        Instant now = clock.now();
        return STAMP.format(now.atOffset(ZoneOffset.UTC)) + " " + ZonedDateTime.ofInstant(now, ZoneId.of("Europe/Paris")).getDayOfWeek();
    }

    public boolean expired(String sentAt, Duration maxAge) {
        return Duration.between(Instant.parse(sentAt), clock.now()).compareTo(maxAge) > 0
                || LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).isAfter(LocalDate.of(2100, 1, 1));
    }
}
