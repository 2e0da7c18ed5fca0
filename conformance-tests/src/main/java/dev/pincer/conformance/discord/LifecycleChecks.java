package dev.pincer.conformance.discord;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.check.IntegrationHarness.awaitReal;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.discord.RestFault;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of the channel's life: credentials, stopping, and time. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<DiscordHarness>> all() {
        return List.of(stopsOnUnauthorized(), stopsPromptlyWhileConnected(), waitsOnTheContextClock());
    }

    static RestFault unauthorized() {
        return RestFault.error(401, "401: Unauthorized", 0);
    }

    static Check<DiscordHarness> stopsOnUnauthorized() {
        return Check.of("stops with a reason on 401 from /gateway/bot, at start, and fails a send on 401 without retrying",
                Set.of("CH-LIFE-002"), (h, v) -> {
                    h.start();
                    h.rest.failAlways("gateway", unauthorized());
                    List<ReceiveResult> results = h.receiveUntil(() -> false, 5);
                    int calls = h.rest.requests("gateway").size();
                    boolean stopped = !results.isEmpty() && results.get(results.size() - 1) instanceof ReceiveResult.Stop stop
                            && mentions401(stop.reason());
                    h.rest.failAlways("messages", unauthorized());
                    SendResult sent = h.send(OutboundMessage.of("out-401", ReceiveChecks.CHANNEL_A, "hi"));
                    int sends = h.rest.requests("messages").size();
                    boolean failed = sent instanceof SendResult.Failed f && mentions401(f.reason()) && sends == 1;
                    h.rest.failAlways("me", unauthorized());
                    ChannelHarness.StartRefusal atStart = h.startExpectingRefusal(LifecycleChecks::mentions401);
                    boolean startOk = atStart.reported();
                    String startObservation = atStart.observation();
                    v.expect("CH-LIFE-002", stopped && calls == 1 && startOk && failed,
                            "Stop naming 401 and the token after one GET /gateway/bot; Failed after one Create Message; "
                                    + "at start an IntegrationException or a first Stop with such a reason",
                            () -> "/gateway/bot answered 401 " + calls + " times, results " + results + "; send " + sent + " after "
                                    + sends + " requests; " + startObservation);
                });
    }

    private static boolean mentions401(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        return (lower.contains("401") || lower.contains("unauthorized")) && lower.contains("token");
    }

    static Check<DiscordHarness> stopsPromptlyWhileConnected() {
        return Check.of("ends receiving within 5 s of stop() while connected to the gateway, and sends nothing after",
                Set.of("CH-LIFE-001"), (h, v) -> {
                    h.start();
                    Thread receiver = receiveInBackground(h);
                    awaitReal(() -> h.gateway.identifies() > 0, Duration.ofSeconds(3));
                    Thread.sleep(50);
                    boolean connected = h.gateway.identifies() > 0;
                    Duration took = h.stopAndJoin(receiver);
                    long after = h.requestsAfterStop().size();
                    boolean ended = !receiver.isAlive();
                    v.expect("CH-LIFE-001", connected && ended && after == 0,
                            "receive() returns within 5 s of stop() while connected, and no request follows",
                            () -> (connected ? "" : "the channel never identified; ")
                                    + (ended ? "receive ended after " + seconds(took) : "receive was still running 5 s after stop()")
                                    + ", " + after + " requests attempted after stop");
                });
    }

    static Check<DiscordHarness> waitsOnTheContextClock() {
        return Check.of("waits for a 3-second retry_after on the context clock, not in real time",
                Set.of("CH-LIFE-003"), (h, v) -> {
                    h.start();
                    h.rest.failNext("messages", RestFault.tooManyRequests(3, false));
                    long realStart = System.nanoTime();
                    SendResult result = h.send(OutboundMessage.of("out-clock", ReceiveChecks.CHANNEL_A, "after a short wait"));
                    Duration real = Duration.ofNanos(System.nanoTime() - realStart);
                    v.expect("CH-LIFE-003", real.compareTo(Duration.ofMillis(2500)) < 0 && result instanceof SendResult.Delivered,
                            "a send through a 3 s retry_after delivered in well under 2.5 s of real time",
                            () -> "real time " + seconds(real) + ", result " + result + " (use context.clock().sleep, not Thread.sleep)");
                });
    }

    /** Runs receive rounds on a thread of its own, as the runtime does, until stopped. */
    static Thread receiveInBackground(DiscordHarness h) {
        Thread thread = Thread.ofPlatform().daemon().name("receive").unstarted(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (h.receiveUntil(() -> false, 1).stream().anyMatch(r -> r instanceof ReceiveResult.Stop)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) { // the runtime would log and restart; ending is what matters here
            }
        });
        thread.start();
        return thread;
    }
}
