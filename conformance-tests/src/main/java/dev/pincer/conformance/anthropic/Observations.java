package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.fake.anthropic.RecordedRequest;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shapes what the fake and the model did into the words of a report. */
final class Observations {
    private Observations() {}

    /** The virtual time between consecutive requests. */
    static List<Duration> gaps(List<RecordedRequest> requests) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(Duration.between(requests.get(i - 1).at(), requests.get(i).at()));
        }
        return gaps;
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f s", d.toMillis() / 1000.0);
    }

    static String seconds(List<Duration> ds) {
        return ds.stream().map(Observations::seconds).toList().toString();
    }

    /** The model's answer to {@code request}, or what it threw, in words. */
    static Object outcome(AnthropicHarness h, ModelRequest request) throws InterruptedException {
        try {
            return h.complete(request);
        } catch (RuntimeException e) {
            return "complete() threw " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** True for a result of this type whose reason contains every one of {@code parts}. */
    static boolean reasonContains(Object outcome, Class<? extends ModelResult> type, String... parts) {
        if (!type.isInstance(outcome)) {
            return false;
        }
        String reason = switch ((ModelResult) outcome) {
            case ModelResult.Failed f -> f.reason();
            case ModelResult.ContextTooLong c -> c.reason();
            case ModelResult.RetryAfter r -> r.reason();
            case ModelResult.Reply r -> r.text();
        };
        for (String part : parts) {
            if (!reason.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
