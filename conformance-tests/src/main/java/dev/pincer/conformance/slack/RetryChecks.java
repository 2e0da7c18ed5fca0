package dev.pincer.conformance.slack;

import static dev.pincer.conformance.check.Durations.gaps;
import static dev.pincer.conformance.check.Durations.seconds;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.slack.SlackCall;
import dev.pincer.conformance.fake.slack.SlackFault;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks of what happens when chat.postMessage fails: rate limits, transient and permanent errors. */
final class RetryChecks {
    private RetryChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(honoursRetryAfter(), returnsRetryLaterForLongWaits(), retriesTransientFailuresWithJitteredBackoff(),
                boundsRetriesAndReportsFailure(), doesNotRetryPermanentErrors());
    }

    private static List<Instant> times(SlackHarness h) {
        return h.fake.calls("chat.postMessage").stream().map(SlackCall::at).toList();
    }

    static Check<SlackHarness> honoursRetryAfter() {
        return Check.of("waits Retry-After after a 429 (30 s, then 12 s) before calling chat.postMessage again",
                Set.of("SL-SEND-003", "CH-SEND-002"), (h, v) -> {
                    h.start();
                    h.fake.failNext("chat.postMessage", new SlackFault.RateLimited(30));
                    h.fake.failNext("chat.postMessage", new SlackFault.RateLimited(12));
                    SendResult result = h.send(OutboundMessage.of("out-429", Events.CHANNEL, "after the rate limit"));
                    List<Duration> gaps = gaps(times(h));
                    boolean honoured = gaps.size() == 2 && gaps.get(0).compareTo(Duration.ofSeconds(30)) >= 0
                            && gaps.get(1).compareTo(Duration.ofSeconds(12)) >= 0;
                    v.expect(List.of("SL-SEND-003", "CH-SEND-002"), honoured && result instanceof SendResult.Delivered,
                            "the next chat.postMessage at least 30 s after Retry-After: 30, at least 12 s after Retry-After: 12, then Delivered",
                            () -> "waits " + seconds(gaps) + " between " + times(h).size() + " calls; result " + result);
                });
    }

    static Check<SlackHarness> returnsRetryLaterForLongWaits() {
        return Check.of("hands a 120-second Retry-After back to the runtime as RetryLater",
                Set.of("SL-SEND-003"), (h, v) -> {
                    h.start();
                    h.fake.failNext("chat.postMessage", new SlackFault.RateLimited(120));
                    Instant before = h.clock.now();
                    SendResult result = h.send(OutboundMessage.of("out-long-wait", Events.CHANNEL, "later"));
                    Duration blocked = Duration.between(before, h.clock.now());
                    int calls = times(h).size();
                    v.expect("SL-SEND-003", result instanceof SendResult.RetryLater later
                                    && later.delay().compareTo(Duration.ofSeconds(120)) >= 0 && calls == 1,
                            "RetryLater with a delay of at least 120 s after one attempt",
                            () -> "result " + result + " after " + calls + " attempts and a wait of " + seconds(blocked));
                });
    }

    static Check<SlackHarness> retriesTransientFailuresWithJitteredBackoff() {
        return Check.of("retries 502, a reset, internal_error and 503 with exponential backoff, jittered differently under two seeds",
                Set.of("SL-SEND-004", "CH-SEND-003"), (h, v) -> {
                    List<String> problems = new ArrayList<>();
                    List<Duration> waits = transientWaits(h, problems);
                    List<Duration> otherWaits;
                    try (SlackHarness other = h.sibling(h.seed() + 7919)) {
                        otherWaits = transientWaits(other, problems);
                    }
                    if (waits.size() == 4 && waits.equals(otherWaits)) {
                        problems.add("two runs with different context.random() seeds waited exactly the same: no jitter");
                    }
                    v.expect(List.of("SL-SEND-004", "CH-SEND-003"), problems.isEmpty() && waits.size() == 4,
                            "4 retries, the k-th after a wait within [50 %, 100 %] of min(30 s, 2^(k-1) s), different under another seed, then Delivered",
                            () -> "waits " + seconds(waits) + " and, under another seed, " + seconds(otherWaits)
                                    + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
                });
    }

    private static List<Duration> transientWaits(SlackHarness h, List<String> problems) throws InterruptedException {
        h.start();
        h.fake.failNext("chat.postMessage", new SlackFault.ServerError(502));
        h.fake.failNext("chat.postMessage", new SlackFault.ConnectionReset());
        h.fake.failNext("chat.postMessage", new SlackFault.ApiError("internal_error"));
        h.fake.failNext("chat.postMessage", new SlackFault.ServerError(503));
        SendResult result = h.send(OutboundMessage.of("out-5xx", Events.CHANNEL, "after transient failures"));
        if (!(result instanceof SendResult.Delivered)) {
            problems.add("result " + result + " after 4 transient failures (5 attempts allowed)");
        }
        List<Duration> waits = gaps(times(h));
        for (int k = 0; k < waits.size(); k++) {
            double nominal = Math.min(30, Math.pow(2, k));
            double ratio = waits.get(k).toNanos() / 1e9 / nominal;
            if (ratio < 0.5 - 1e-6 || ratio > 1 + 1e-6) {
                problems.add("wait " + (k + 1) + " was " + seconds(waits.get(k)) + ", outside [50 %, 100 %] of " + nominal + " s");
            }
        }
        return waits;
    }

    static Check<SlackHarness> boundsRetriesAndReportsFailure() {
        return Check.of("gives up after 5 attempts on persistent 500 and fatal_error, reporting Failed",
                Set.of("SL-SEND-004", "CH-SEND-004"), (h, v) -> {
                    h.start();
                    h.fake.failAlways("chat.postMessage", new SlackFault.ServerError(500));
                    SendResult server = h.send(OutboundMessage.of("out-500", Events.CHANNEL, "never delivered"));
                    int serverAttempts = times(h).size();
                    h.fake.clearFaults();
                    h.fake.failAlways("chat.postMessage", new SlackFault.ApiError("fatal_error"));
                    SendResult fatal = h.send(OutboundMessage.of("out-fatal", Events.CHANNEL, "never delivered either"));
                    int fatalAttempts = times(h).size() - serverAttempts;
                    boolean ok = server instanceof SendResult.Failed f1 && f1.reason().contains("500") && serverAttempts == 5
                            && fatal instanceof SendResult.Failed f2 && f2.reason().contains("fatal_error") && fatalAttempts == 5;
                    v.expect(List.of("SL-SEND-004", "CH-SEND-004"), ok,
                            "exactly 5 attempts, then Failed naming 500; the same for fatal_error, naming it",
                            () -> "persistent 500: " + serverAttempts + " attempts, result " + server
                                    + "; persistent fatal_error: " + fatalAttempts + " attempts, result " + fatal);
                });
    }

    static Check<SlackHarness> doesNotRetryPermanentErrors() {
        return Check.of("reports channel_not_found, not_in_channel and is_archived at once, never as Delivered",
                Set.of("SL-SEND-005", "SL-API-002", "CH-SEND-005"), (h, v) -> {
                    h.start();
                    List<String> problems = new ArrayList<>();
                    boolean anyDelivered = false;
                    for (String error : List.of("channel_not_found", "not_in_channel", "is_archived")) {
                        int before = times(h).size();
                        h.fake.failNext("chat.postMessage", new SlackFault.ApiError(error));
                        SendResult result = h.send(OutboundMessage.of("out-" + error, Events.CHANNEL, "to nowhere"));
                        int attempts = times(h).size() - before;
                        anyDelivered |= result instanceof SendResult.Delivered && attempts == 1; // Slack's only answer was ok:false
                        if (!(result instanceof SendResult.Failed f && f.reason().contains(error)) || attempts != 1) {
                            problems.add(error + ": " + attempts + " attempts, result " + result);
                        }
                    }
                    boolean delivered = anyDelivered;
                    v.expect("SL-API-002", !delivered, "no Delivered for a part Slack answered with ok:false",
                            () -> "Delivered returned although Slack answered ok:false: " + String.join("; ", problems));
                    v.expect(List.of("SL-SEND-005", "CH-SEND-005"), problems.isEmpty(),
                            "one attempt each, then Failed whose reason names the error code", () -> String.join("; ", problems));
                });
    }
}
