package dev.pincer.conformance.check;

import static dev.pincer.conformance.check.IntegrationHarness.awaitReal;

import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.spi.ToolOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Lifecycle and retry checks every tool profile shares, given how to script its fake. */
public final class ToolChecks {
    private ToolChecks() {}

    /** One call of the tool under test. */
    @FunctionalInterface
    public interface Action<H> {
        ToolOutcome call(H harness) throws InterruptedException;
    }

    /** A scenario that returns the virtual times at which the fake received the requests. */
    @FunctionalInterface
    public interface Arrivals<H> {
        List<Instant> run(H harness) throws Exception;
    }

    /** Starts a fresh instance; {@code ""} if start returned, else the class and message of what it threw. */
    public static String startFailure(ToolHarness h, Map<String, String> config, SecretVault vault) {
        return Starts.refusal(() -> h.start(config, vault));
    }

    /**
     * TOOL-LIFE-002: with a request held by the fake ({@code holdNext} scripts it, {@code arrived} counts what reached
     * the fake), {@code invoke} ends within 5 s of stop() and no request follows.
     */
    public static <H extends ToolHarness> Check<H> stopEndsAHeldRequest(String platform, Consumer<H> holdNext, ToIntFunction<H> arrived,
            Action<H> call) {
        return Check.of("stop ends a call whose request " + platform + " holds, and no request follows", Set.of("TOOL-LIFE-002"), (h, v) -> {
            h.start();
            holdNext.accept(h);
            AtomicReference<Object> ended = new AtomicReference<>();
            Thread caller = Thread.ofPlatform().daemon().name("invoke").start(() -> {
                try {
                    ended.set(call.call(h));
                } catch (InterruptedException | RuntimeException e) {
                    ended.set(e);
                }
            });
            boolean held = awaitReal(() -> arrived.applyAsInt(h) > 0, Duration.ofSeconds(5));
            Duration took = h.stopAndJoin(caller);
            List<EgressRecord> after = h.requestsAfterStop();
            v.expect("TOOL-LIFE-002", held && !caller.isAlive() && after.isEmpty(),
                    "with a request held by " + platform + ", invoke ends within 5 s of stop() and no request is attempted afterwards",
                    () -> !held ? "no request reached the fake within 5 s" : caller.isAlive() ? "invoke was still running "
                            + took.toMillis() + " ms after stop()" : after.size() + " requests were attempted after stop(): "
                            + after.stream().map(r -> r.method() + " " + r.uri().getRawPath()).toList());
        });
    }

    /**
     * TOOL-LIFE-003 and TOOL-ERR-001 (with the profile's rate-limit requirement): {@code rateLimit} scripts one rate
     * limit of 3 s before the data, {@code call} reads, {@code arrivals} gives when the fake received each request.
     */
    public static <H extends ToolHarness> Check<H> waitsOnTheContextClock(String profileRequirement, Consumer<H> rateLimit,
            Action<H> call, java.util.function.Function<H, List<Instant>> arrivals) {
        return Check.of("waits out a rate limit of 3 s on the context clock, then reads",
                Set.of("TOOL-LIFE-003", "TOOL-ERR-001", profileRequirement), (h, v) -> {
                    h.start();
                    rateLimit.accept(h);
                    ToolOutcome outcome = call.call(h);
                    ToolHarness.Call last = h.calls().getLast();
                    List<Instant> at = arrivals.apply(h);
                    Duration gap = at.size() < 2 ? Duration.ZERO : Duration.between(at.get(0), at.get(1));
                    v.expect("TOOL-LIFE-003", last.realTime().compareTo(Duration.ofMillis(2500)) < 0 && gap.toMillis() >= 3000,
                            "the 3 s wait passes on the virtual clock: under 2.5 s of real time, at least 3 s of virtual time",
                            () -> "the call took " + last.realTime().toMillis() + " ms of real time; the retry came "
                                    + gap.toMillis() + " ms of virtual time after the rate limit");
                    v.expect(List.of("TOOL-ERR-001", profileRequirement), outcome instanceof ToolOutcome.Done && at.size() == 2
                            && gap.toMillis() >= 3000, "after a rate limit asking for 3 s, one more request at least 3 s later, then Done",
                            () -> at.size() + " requests, " + gap.toMillis() + " ms apart; outcome " + outcome);
                });
    }

    /**
     * TOOL-ERR-002: {@code recovering} answers a read with 502 and 504, then the data; {@code exhausted} with 503 every
     * time. {@code sibling} makes an independent harness under another seed for the jitter comparison.
     */
    public static <H extends ToolHarness> Check<H> retriesTransientFailures(Arrivals<H> recovering, Arrivals<H> exhausted,
            java.util.function.Function<H, H> sibling) {
        return Check.of("retries a read after 502 and 504 with jittered backoff, at most 3 attempts", Set.of("TOOL-ERR-002"), (h, v) -> {
            List<Duration> waits = gaps(recovering.run(h));
            ToolOutcome recovered = h.calls().getLast().outcome();
            boolean inRange = waits.size() == 2 && within(waits.get(0), 500, 1000) && within(waits.get(1), 1000, 2000);
            v.expect("TOOL-ERR-002", recovered instanceof ToolOutcome.Done && inRange,
                    "Done after 3 requests, waiting [0.5 s, 1 s] then [1 s, 2 s] of virtual time",
                    () -> "waits " + waits + ", outcome " + recovered);
            List<Duration> otherWaits;
            try (H other = sibling.apply(h)) {
                otherWaits = gaps(recovering.run(other));
            }
            v.expect("TOOL-ERR-002", !otherWaits.equals(waits), "another seed gives other waits",
                    () -> "seed " + h.seed() + " and another both waited " + waits);
            int attempts = exhausted.run(h).size();
            ToolOutcome last = h.calls().getLast().outcome();
            String reason = last instanceof ToolOutcome.RetryAfter r ? r.reason() : last instanceof ToolOutcome.Failed f ? f.reason() : "";
            v.expect("TOOL-ERR-002", attempts == 3 && reason.contains("503"),
                    "with 503 on every attempt, exactly 3 requests, then RetryAfter or Failed naming 503",
                    () -> attempts + " requests, outcome " + last);
        });
    }

    private static List<Duration> gaps(List<Instant> arrivals) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            waits.add(Duration.between(arrivals.get(i - 1), arrivals.get(i)));
        }
        return waits;
    }

    private static boolean within(Duration wait, long minMillis, long maxMillis) {
        return wait.toMillis() >= minMillis && wait.toMillis() <= maxMillis;
    }
}
