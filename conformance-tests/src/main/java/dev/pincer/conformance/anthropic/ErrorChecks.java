package dev.pincer.conformance.anthropic;

import static dev.pincer.conformance.anthropic.Observations.gaps;
import static dev.pincer.conformance.anthropic.Observations.reasonContains;
import static dev.pincer.conformance.anthropic.Observations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Checks of rate limits, overload and transient failures: waits, backoff, attempts. */
final class ErrorChecks {
    private ErrorChecks() {}

    static List<Check<AnthropicHarness>> all() {
        return List.of(honoursRateLimits(), retriesTransientFailures(), RefusalChecks.reportsContextTooLong(),
                RefusalChecks.failsWithoutRetryOnRefusals(), RefusalChecks.doesNotRetryASpendLimit());
    }

    static Check<AnthropicHarness> honoursRateLimits() {
        return Check.of("waits retry-after (or 5 s) on 429 and 529 up to 10 s, and returns RetryAfter for longer waits",
                Set.of("MOD-ERR-001"), (h, v) -> {
                    h.start();
                    h.fake.answerNext(Answer.rateLimited(3), Answer.overloaded(null));
                    Object waited = Observations.outcome(h, Requests.hello(256));
                    List<Duration> gaps = gaps(h.messageRequests());
                    boolean shortWaits = waited instanceof ModelResult.Reply && gaps.size() == 2
                            && gaps.get(0).compareTo(Duration.ofSeconds(3)) >= 0 && gaps.get(1).compareTo(Duration.ofSeconds(5)) >= 0;

                    String longWaits = longWait(h, Answer.rateLimited(30), 30) + "; " + longWait(h, Answer.overloaded(12), 12);
                    v.expect("MOD-ERR-001", shortWaits && longWaits.equals("ok; ok"),
                            "429 with retry-after 3, then 529 without one: the next requests at least 3 s and 5 s later, then a Reply;"
                                    + " 429 with retry-after 30 and 529 with retry-after 12: RetryAfter of at least 30 s and 12 s after one"
                                    + " request each, without waiting that long",
                            () -> "waits " + seconds(gaps) + " and result " + waited + "; long waits: " + longWaits);
                });
    }

    /** "ok", or what the model did instead of returning RetryAfter of at least {@code seconds} after one request. */
    private static String longWait(AnthropicHarness h, Answer answer, int seconds) throws InterruptedException {
        int before = h.messageRequests().size();
        Instant start = h.clock.now();
        h.fake.answerNext(answer);
        Object result = Observations.outcome(h, Requests.hello(256));
        int sent = h.messageRequests().size() - before;
        Duration slept = Duration.between(start, h.clock.now());
        boolean ok = result instanceof ModelResult.RetryAfter r && r.delay().compareTo(Duration.ofSeconds(seconds)) >= 0 && sent == 1
                && slept.compareTo(Duration.ofSeconds(seconds)) < 0;
        return ok ? "ok" : "retry-after " + seconds + " gave " + result + " after " + sent + " requests and " + seconds(slept) + " of waiting";
    }

    static Check<AnthropicHarness> retriesTransientFailures() {
        return Check.of("retries 500, a 502 HTML page and dropped connections with jittered backoff, at most 3 attempts",
                Set.of("MOD-ERR-002", "ANT-ERR-001"), (h, v) -> {
                    h.start();
                    List<Duration> waits = recovers(h);
                    boolean recovered = waits.size() == 2 && within(waits.get(0), 500, 1000) && within(waits.get(1), 1000, 2000);

                    int before = h.messageRequests().size();
                    h.fake.answerNext(new Answer.Drop(), Answer.serverError(503));
                    h.fake.answerAlways(Answer.serverError(500));
                    Object exhausted = Observations.outcome(h, Requests.hello(256));
                    h.fake.clearAnswers();
                    int attempts = h.messageRequests().size() - before;
                    boolean gaveUp = attempts == 3 && (reasonContains(exhausted, ModelResult.RetryAfter.class, "Internal server error")
                            || reasonContains(exhausted, ModelResult.Failed.class, "Internal server error"));

                    List<Duration> otherWaits;
                    try (AnthropicHarness sibling = h.sibling(h.seed() + 7919)) {
                        sibling.start();
                        otherWaits = recovers(sibling);
                    }
                    boolean jittered = !otherWaits.equals(waits);
                    v.expect("MOD-ERR-002", recovered && gaveUp && jittered,
                            "after 500 and a 502 HTML page, retries within [0.5, 1] s and [1, 2] s, then a Reply; after a dropped"
                                    + " connection, 503 and 500, exactly 3 attempts and RetryAfter or Failed naming the last failure;"
                                    + " another seed waits differently",
                            () -> "waits " + seconds(waits) + "; then " + attempts + " attempts and " + exhausted + "; waits under another seed "
                                    + seconds(otherWaits));
                    v.expect("ANT-ERR-001", recovered,
                            "a 502 whose body is an HTML page is retried as a transient failure",
                            () -> "waits " + seconds(waits) + " (a 502 with an HTML body must be retried, not failed)");
                });
    }

    /** The waits of a complete through a 500 and a 502 HTML page, or an empty list when it did not end in a Reply. */
    private static List<Duration> recovers(AnthropicHarness h) throws InterruptedException {
        int before = h.messageRequests().size();
        h.fake.answerNext(Answer.serverError(500), new Answer.Raw(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        Object result = Observations.outcome(h, Requests.hello(256));
        List<Duration> waits = gaps(h.messageRequests().subList(before, h.messageRequests().size()));
        return result instanceof ModelResult.Reply ? waits : List.of();
    }

    private static boolean within(Duration d, long lowMillis, long highMillis) {
        return d.toMillis() >= lowMillis && d.toMillis() <= highMillis;
    }
}
