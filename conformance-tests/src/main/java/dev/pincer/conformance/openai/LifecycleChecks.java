package dev.pincer.conformance.openai;

import static dev.pincer.conformance.openai.OpenAiHarness.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.openai.Answer;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Checks of the model's life: the configuration read at start, and stopping during a request. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<OpenAiHarness>> all() {
        return List.of(readsTheConfigurationAtStart(), validatesEveryKey(), stopsDuringARequestThatNeverEnds());
    }

    /** The message of the IntegrationException {@code start} threw, or empty when it returned. */
    private static Optional<String> refusal(OpenAiHarness h, Map<String, String> config) {
        try {
            h.start(config);
            return Optional.empty();
        } catch (IntegrationException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            return Optional.of("(not an IntegrationException) " + e);
        }
    }

    static Check<OpenAiHarness> readsTheConfigurationAtStart() {
        return Check.of("refuses to start without a model, and starts with the example configuration without a generation request",
                Set.of("MOD-LIFE-001"), (h, v) -> {
                    Optional<String> empty = refusal(h, Map.of());
                    long realStart = System.nanoTime();
                    Optional<String> example = refusal(h, h.manifest().config());
                    Duration took = Duration.ofNanos(System.nanoTime() - realStart);
                    int requests = h.fake.completionRequests().size();
                    v.expect("MOD-LIFE-001", empty.map(m -> m.contains("model") && !m.startsWith("(not")).orElse(false)
                                    && example.isEmpty() && requests == 0 && took.compareTo(Duration.ofSeconds(5)) < 0,
                            "start with an empty configuration throws IntegrationException naming 'model'; start with the example"
                                    + " configuration returns within 5 s and sends no chat completion request",
                            () -> "empty configuration: " + empty.map(m -> "threw: " + m).orElse("started") + "; example configuration: "
                                    + example.map(m -> "threw: " + m).orElse("started in " + seconds(took)) + "; " + requests
                                    + " chat completion requests");
                });
    }

    static Check<OpenAiHarness> validatesEveryKey() {
        return Check.of("refuses a bad value of each configuration key with a message naming the key", Set.of("OAI-CFG-001"), (h, v) -> {
            Map<String, String> bad = new java.util.LinkedHashMap<>();
            bad.put("baseUrl", "http://api.openai.com/v1");
            bad.put("apiKey", "maybe");
            bad.put("tokenLimitParameter", "max_output_tokens");
            bad.put("maxOutputTokens", "0");
            bad.put("model", "gpt 4");
            List<String> wrong = new ArrayList<>();
            bad.forEach((key, value) -> check(h, key, value, wrong));
            check(h, "maxOutputTokens", "lots", wrong);
            Optional<String> example = refusal(h, h.manifest().config());
            example.ifPresent(message -> wrong.add("the example configuration was refused: " + message));
            v.expect("OAI-CFG-001", wrong.isEmpty(),
                    "IntegrationException naming the key for baseUrl http://…, apiKey maybe, tokenLimitParameter max_output_tokens,"
                            + " maxOutputTokens 0 and lots, model \"gpt 4\"; the example configuration starts",
                    () -> String.join("; ", wrong));
        });
    }

    private static void check(OpenAiHarness h, String key, String value, List<String> wrong) {
        Optional<String> message = refusal(h, h.exampleConfig(Map.of(key, value)));
        if (message.isEmpty()) {
            wrong.add(key + " " + value + ": started");
        } else if (!message.get().contains(key) || message.get().startsWith("(not")) {
            wrong.add(key + " " + value + ": " + message.get());
        }
    }

    static Check<OpenAiHarness> stopsDuringARequestThatNeverEnds() {
        return Check.of("returns from complete within 5 s of stop() while the server never answers", Set.of("MOD-LIFE-002"), (h, v) -> {
            h.start();
            h.fake.answerAlways(new Answer.Hold());
            AtomicReference<String> outcome = new AtomicReference<>("still running");
            Thread caller = Thread.ofPlatform().daemon().name("complete").start(() -> {
                try {
                    ModelResult result = h.complete(Conversations.question("Are you there?"));
                    outcome.set("returned " + result);
                } catch (InterruptedException e) {
                    outcome.set("threw InterruptedException");
                } catch (RuntimeException e) {
                    outcome.set("threw " + e);
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (h.fake.completionRequests().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            boolean held = !h.fake.completionRequests().isEmpty();
            long stopAt = System.nanoTime();
            h.stop(caller);
            caller.join(Duration.ofSeconds(5));
            Duration took = Duration.ofNanos(System.nanoTime() - stopAt);
            boolean ended = !caller.isAlive();
            v.expect("MOD-LIFE-002", held && ended,
                    "complete, held by a request the server never answers, returns (or throws InterruptedException) within 5 s of stop()",
                    () -> (held ? "" : "no request was in progress to interrupt; ")
                            + (ended ? outcome.get() + " after " + seconds(took) : "complete was still running 5 s after stop()"));
        });
    }
}
