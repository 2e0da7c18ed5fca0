package dev.pincer.conformance.anthropic;

import static dev.pincer.conformance.anthropic.Observations.gaps;
import static dev.pincer.conformance.anthropic.Observations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ModelHarness;
import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Checks of the model's life: configuration, stopping, and time. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<AnthropicHarness>> all() {
        return List.of(startsFromTheConfiguration(), appliesTheConfiguredModelAndCap(), stopsPromptlyDuringARequest(),
                waitsOnTheContextClock());
    }

    static Check<AnthropicHarness> startsFromTheConfiguration() {
        return Check.of("start refuses an empty configuration naming 'model', and starts from the example without a request",
                Set.of("MOD-LIFE-001"), (h, v) -> {
                    String empty = refusal(h, Map.of());
                    boolean namesModel = empty.startsWith("IntegrationException") && empty.toLowerCase(Locale.ROOT).contains("model");
                    long begin = System.nanoTime();
                    String example;
                    try {
                        h.start();
                        example = "started";
                    } catch (RuntimeException e) {
                        h.remember(e);
                        example = "threw " + e.getClass().getName() + ": " + e.getMessage();
                    }
                    Duration took = Duration.ofNanos(System.nanoTime() - begin);
                    int generations = h.messageRequests().size();
                    String startedWith = example;
                    v.expect("MOD-LIFE-001", namesModel && "started".equals(example) && generations == 0
                                    && took.compareTo(Duration.ofSeconds(5)) < 0,
                            "start({}) throws IntegrationException naming 'model'; start with the manifest's configuration returns"
                                    + " within 5 s without calling POST /v1/messages",
                            () -> "start({}) " + empty + "; with " + h.manifest().config() + " it " + startedWith + " after "
                                    + seconds(took) + " and sent " + generations + " requests to /v1/messages");
                });
    }

    static Check<AnthropicHarness> appliesTheConfiguredModelAndCap() {
        return Check.of("sends the configured model, caps max_tokens, and refuses malformed values naming the key",
                Set.of("ANT-API-002"), (h, v) -> {
                    h.startWithProfileConfig();
                    Object capped = Observations.outcome(h, Requests.hello(4096));
                    Object within = Observations.outcome(h, Requests.hello(777));
                    List<String> sent = h.messageRequests().stream()
                            .map(r -> r.bodyJson().get("model").map(Object::toString).orElse("none") + "/"
                                    + r.bodyJson().get("max_tokens").map(Object::toString).orElse("none"))
                            .toList();
                    boolean bodies = sent.equals(List.of("\"claude-sonnet-4-5\"/1024", "\"claude-sonnet-4-5\"/777"));
                    String lots = refusal(h, Map.of("model", "claude-sonnet-4-5", "maxOutputTokens", "lots"));
                    String zero = refusal(h, Map.of("model", "claude-sonnet-4-5", "maxOutputTokens", "0"));
                    String spaced = refusal(h, Map.of("model", "Claude Sonnet"));
                    boolean refused = names(lots, "maxOutputTokens") && names(zero, "maxOutputTokens") && names(spaced, "model");
                    v.expect("ANT-API-002", bodies && refused,
                            "with model claude-sonnet-4-5 and maxOutputTokens 1024: model/max_tokens sent as claude-sonnet-4-5/1024 for"
                                    + " a request of 4096 and /777 for one of 777; start throws IntegrationException naming"
                                    + " maxOutputTokens for 'lots' and '0', and naming model for 'Claude Sonnet'",
                            () -> "model/max_tokens sent " + sent + " (results " + capped + ", " + within + "); maxOutputTokens 'lots': "
                                    + lots + "; '0': " + zero + "; model 'Claude Sonnet': " + spaced);
                });
    }

    private static boolean names(String refusal, String key) {
        return refusal.startsWith("IntegrationException") && refusal.contains(key);
    }

    /** What {@code start(config)} did, in words: "IntegrationException: message" or "returned". */
    private static String refusal(AnthropicHarness h, Map<String, String> config) {
        try {
            h.start(config);
            return "returned without an exception";
        } catch (IntegrationException e) {
            return "IntegrationException: " + e.getMessage();
        } catch (RuntimeException e) {
            h.remember(e);
            return "threw " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static Check<AnthropicHarness> stopsPromptlyDuringARequest() {
        return Check.of("returns within 5 s of stop() while a request gets no answer, and sends nothing after",
                Set.of("MOD-LIFE-002"), (h, v) -> {
                    h.start();
                    h.fake.answerAlways(new Answer.Hang());
                    AtomicReference<Object> outcome = new AtomicReference<>("nothing yet");
                    Thread caller = Thread.ofPlatform().daemon().name("complete").start(() -> {
                        try {
                            outcome.set(h.complete(Requests.hello(256)));
                        } catch (InterruptedException e) {
                            outcome.set("InterruptedException");
                        } catch (RuntimeException e) {
                            outcome.set("threw " + e.getClass().getName());
                        }
                    });
                    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    while (h.messageRequests().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    boolean waiting = !h.messageRequests().isEmpty();
                    long stopAt = System.nanoTime();
                    h.stop(caller);
                    caller.join(Duration.ofSeconds(5));
                    Duration took = Duration.ofNanos(System.nanoTime() - stopAt);
                    Thread.sleep(100);
                    long afterStop = h.egressRecords().stream().filter(ModelHarness::afterStop).count();
                    boolean ended = !caller.isAlive();
                    v.expect("MOD-LIFE-002", waiting && ended && afterStop == 0,
                            "complete() returns or throws InterruptedException within 5 s of stop() while its request is held, and"
                                    + " no request follows",
                            () -> (waiting ? "" : "no request reached the fake to be held; ")
                                    + (ended ? "complete ended after " + seconds(took) + " with " + outcome.get()
                                            : "complete was still running 5 s after stop()")
                                    + ", " + afterStop + " requests attempted after stop");
                });
    }

    static Check<AnthropicHarness> waitsOnTheContextClock() {
        return Check.of("waits a 4-second retry-after on the context clock, not in real time", Set.of("MOD-LIFE-003"), (h, v) -> {
            h.start();
            h.fake.answerNext(Answer.rateLimited(4));
            long realStart = System.nanoTime();
            Object result = Observations.outcome(h, Requests.hello(256));
            Duration real = Duration.ofNanos(System.nanoTime() - realStart);
            List<Duration> gaps = gaps(h.messageRequests());
            boolean virtual = gaps.size() == 1 && gaps.getFirst().compareTo(Duration.ofSeconds(4)) >= 0;
            v.expect("MOD-LIFE-003", virtual && real.compareTo(Duration.ofMillis(2500)) < 0 && result instanceof ModelResult.Reply,
                    "after a 429 with retry-after 4, the next request comes at least 4 s later on the virtual clock, in well under"
                            + " 2.5 s of real time, and the answer is a Reply",
                    () -> "virtual gaps " + seconds(gaps) + ", real time " + seconds(real) + ", result " + result
                            + " (wait with context.clock().sleep, not Thread.sleep or a busy wait)");
        });
    }
}
