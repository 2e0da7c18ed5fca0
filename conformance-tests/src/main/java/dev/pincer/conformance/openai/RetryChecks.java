package dev.pincer.conformance.openai;

import static dev.pincer.conformance.openai.OpenAiHarness.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.openai.Answer;
import dev.pincer.conformance.fake.openai.Answers;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks of waiting and retrying: rate limits, overload, transient failures and the context clock. */
final class RetryChecks {
    private RetryChecks() {}

    static List<Check<OpenAiHarness>> all() {
        return List.of(waitsOutShortRateLimits(), returnsRetryAfterForLongWaits(), waitsOnTheContextClock(),
                retriesTransientFailuresWithJitter(), givesUpAfterThreeAttempts());
    }

    static Check<OpenAiHarness> waitsOutShortRateLimits() {
        return Check.of("waits retry-after (3 s) after a 429 and 5 s after a 503 that names no wait, then succeeds",
                Set.of("MOD-ERR-001"), (h, v) -> {
                    h.start();
                    h.fake.answerNext(Answers.rateLimited(Optional.of(3)), Answers.overloaded(Optional.empty()),
                            Answers.text("Finally.", 10, 2));
                    ModelResult result = h.complete(Conversations.question("Busy?"));
                    List<Duration> gaps = h.gaps();
                    boolean waited = gaps.size() == 2 && gaps.get(0).compareTo(Duration.ofSeconds(3)) >= 0
                            && gaps.get(1).compareTo(Duration.ofSeconds(5)) >= 0;
                    v.expect("MOD-ERR-001", waited && result instanceof ModelResult.Reply,
                            "three requests, the second at least 3 s (retry-after) after the first, the third at least 5 s"
                                    + " (no wait named) after the second, then a Reply",
                            () -> h.fake.completionRequests().size() + " requests, gaps " + seconds(gaps) + ", result " + result);
                });
    }

    static Check<OpenAiHarness> returnsRetryAfterForLongWaits() {
        return Check.of("returns RetryAfter at once for a 429 whose retry-after (30 s) is above 10 s", Set.of("MOD-ERR-001"), (h, v) -> {
            h.start();
            h.fake.answerNext(Answers.rateLimited(Optional.of(30)));
            Instant before = h.clock.now();
            ModelResult result = h.complete(Conversations.question("Busy for long?"));
            Duration slept = Duration.between(before, h.clock.now());
            int requests = h.fake.completionRequests().size();
            v.expect("MOD-ERR-001", requests == 1 && result instanceof ModelResult.RetryAfter retry
                            && retry.delay().compareTo(Duration.ofSeconds(30)) >= 0 && slept.compareTo(Duration.ofSeconds(30)) < 0,
                    "one request, then RetryAfter with a delay of at least 30 s, without waiting it inside complete",
                    () -> requests + " requests, " + seconds(slept) + " waited, result " + result);
        });
    }

    static Check<OpenAiHarness> waitsOnTheContextClock() {
        return Check.of("waits a 3-second retry-after of a 503 on the context clock, not in real time", Set.of("MOD-LIFE-003"), (h, v) -> {
            h.start();
            h.fake.answerNext(Answers.overloaded(Optional.of(3)), Answers.text("Back.", 10, 1));
            long realStart = System.nanoTime();
            ModelResult result = h.complete(Conversations.question("Overloaded?"));
            Duration real = Duration.ofNanos(System.nanoTime() - realStart);
            List<Duration> gaps = h.gaps();
            v.expect("MOD-LIFE-003", gaps.size() == 1 && gaps.getFirst().compareTo(Duration.ofSeconds(3)) >= 0
                            && real.compareTo(Duration.ofMillis(2500)) < 0,
                    "the retry at least 3 s of virtual time later, and the whole call well under 2.5 s of real time",
                    () -> "virtual gaps " + seconds(gaps) + ", real time " + seconds(real) + ", result " + result
                            + " (wait with context.clock().sleep, not Thread.sleep or a busy wait)");
        });
    }

    /** Answers 500, a dropped connection, then a text; returns the two waits. */
    private static List<Duration> transientRound(OpenAiHarness h) throws InterruptedException {
        h.start();
        h.fake.answerNext(Answers.serverError(500), new Answer.Drop(), Answers.text("Recovered.", 10, 1));
        ModelResult result = h.complete(Conversations.question("Flaky?"));
        if (!(result instanceof ModelResult.Reply)) {
            throw new IllegalStateException("after a 500 and a dropped connection the third attempt was answered, but complete"
                    + " returned " + result);
        }
        return h.gaps();
    }

    static Check<OpenAiHarness> retriesTransientFailuresWithJitter() {
        return Check.of("retries a 500 and a dropped connection after jittered waits of 0.5–1 s and 1–2 s, differing by seed",
                Set.of("MOD-ERR-002"), (h, v) -> {
                    List<Duration> gaps = transientRound(h);
                    List<Duration> otherGaps;
                    try (OpenAiHarness other = h.sibling(h.seed() + 1_000, false)) {
                        otherGaps = transientRound(other);
                    }
                    boolean bounded = gaps.size() == 2 && within(gaps.get(0), 500, 1000) && within(gaps.get(1), 1000, 2000);
                    v.expect("MOD-ERR-002", bounded && !gaps.equals(otherGaps),
                            "three requests; waits in [0.5 s, 1 s] and [1 s, 2 s]; another seed gives other waits",
                            () -> "waits " + seconds(gaps) + ", with another seed " + seconds(otherGaps));
                });
    }

    private static boolean within(Duration gap, long fromMillis, long toMillis) {
        return gap.compareTo(Duration.ofMillis(fromMillis)) >= 0 && gap.compareTo(Duration.ofMillis(toMillis)) <= 0;
    }

    static Check<OpenAiHarness> givesUpAfterThreeAttempts() {
        return Check.of("gives up after 3 attempts of a 502 with a proxy's HTML page, naming 502, without throwing",
                Set.of("MOD-ERR-002", "OAI-ERR-001"), (h, v) -> {
                    h.start();
                    h.fake.answerAlways(Answers.badGatewayHtml());
                    ModelResult result;
                    try {
                        result = h.complete(Conversations.question("Anyone there?"));
                    } catch (RuntimeException e) {
                        v.fail(List.of("MOD-ERR-002", "OAI-ERR-001"), "RetryAfter or Failed after 3 attempts", "complete threw " + e);
                        return;
                    }
                    int requests = h.fake.completionRequests().size();
                    String reason = switch (result) {
                        case ModelResult.RetryAfter retry -> retry.reason();
                        case ModelResult.Failed failed -> failed.reason();
                        default -> "";
                    };
                    v.expect("MOD-ERR-002", requests == 3 && !reason.isEmpty(), "exactly 3 requests, then RetryAfter or Failed",
                            () -> requests + " requests, result " + result);
                    v.expect("OAI-ERR-001", reason.toLowerCase(Locale.ROOT).contains("502"),
                            "a reason that names the HTTP status 502, since the body is not an error object", () -> "result " + result);
                });
    }
}
