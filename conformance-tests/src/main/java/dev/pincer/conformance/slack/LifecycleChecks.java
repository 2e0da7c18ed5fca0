package dev.pincer.conformance.slack;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.check.IntegrationHarness.awaitReal;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.slack.SlackCall;
import dev.pincer.conformance.fake.slack.SlackFault;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Checks of the channel's life: calling convention, credentials, receive rounds, stopping, and time. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(callsTheWebApiWithABearer(), stopsOnRejectedCredentials(), receiveOnlyWaits(),
                stopsPromptly(), waitsOnTheContextClock());
    }

    static Check<SlackHarness> callsTheWebApiWithABearer() {
        return Check.of("calls POST https://slack.com/api/<method> with the token placeholder as a bearer",
                Set.of("SL-API-001", "SL-API-002"), (h, v) -> {
                    h.start();
                    SendResult result = h.send(OutboundMessage.of("out-api", Events.CHANNEL, "hi"));
                    List<String> ts = h.fake.postedMessages().stream().map(p -> p.ts()).toList();
                    v.expect("SL-API-002", result instanceof SendResult.Delivered d && d.platformMessageIds().equals(ts),
                            "Delivered listing the ts chat.postMessage answered " + ts, () -> "result " + result);
                    String placeholder = h.vault.secrets().get(SlackHarness.TOKEN_NAME).placeholder();
                    List<String> wrong = h.egressRecords().stream()
                            .filter(r -> !("https".equals(r.uri().getScheme()) && SlackHarness.HOST.equals(r.uri().getHost())
                                    && "POST".equals(r.method()) && r.uri().getRawPath().startsWith("/api/")
                                    && !r.uri().toString().contains(placeholder)))
                            .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()))
                            .toList();
                    List<SlackCall> calls = h.fake.calls();
                    boolean bearer = !calls.isEmpty() && calls.stream().allMatch(c -> SlackHarness.TOKEN.equals(c.token())
                            && !c.params().has("token") && !c.rawQuery().contains("token"));
                    v.expect("SL-API-001", wrong.isEmpty() && bearer,
                            "every request POST https://slack.com/api/<method>, arriving with Authorization: Bearer <the real token>, no token in URL or body",
                            () -> (wrong.isEmpty() ? "" : "requests " + wrong + "; ") + calls.size()
                                    + " requests reached Slack, each with the token as a bearer only: " + bearer);
                });
    }

    static Check<SlackHarness> stopsOnRejectedCredentials() {
        return Check.of("stops with a reason on invalid_auth at start and token_revoked on send",
                Set.of("SL-API-003", "CH-LIFE-002"), (h, v) -> {
                    h.fake.failNext("auth.test", new SlackFault.ApiError("invalid_auth"));
                    ChannelHarness.StartRefusal atStart = h.startExpectingRefusal(reason -> names(reason, "invalid_auth"));
                    boolean startOk = atStart.reported();
                    h.restart();
                    h.fake.failAlways("chat.postMessage", new SlackFault.ApiError("token_revoked"));
                    SendResult result = h.send(OutboundMessage.of("out-revoked", Events.CHANNEL, "never"));
                    int attempts = h.fake.calls("chat.postMessage").size();
                    ReceiveResult next = h.receive();
                    boolean sendOk = result instanceof SendResult.Failed f && names(f.reason(), "token_revoked") && attempts == 1
                            && next instanceof ReceiveResult.Stop stop && names(stop.reason(), "token_revoked");
                    String startObservation = atStart.observation();
                    v.expect(List.of("SL-API-003", "CH-LIFE-002"), startOk && sendOk,
                            "invalid_auth from auth.test: start() throws IntegrationException or receive() stops, naming it and the token; "
                                    + "token_revoked from chat.postMessage: one attempt, Failed naming it, then receive() returns Stop naming it",
                            () -> startObservation + "; send: " + attempts + " attempts, result " + result + ", next receive " + next);
                });
    }

    /** A reason the owner can act on: it names Slack's error and says the token is what to fix. */
    private static boolean names(String reason, String error) {
        return reason.contains(error) && reason.toLowerCase(Locale.ROOT).contains("token");
    }

    static Check<SlackHarness> receiveOnlyWaits() {
        return Check.of("each receive() round waits at least 1 s on the clock, without requests",
                Set.of("SL-RECV-008", "CH-RECV-006"), (h, v) -> {
                    h.start();
                    int before = h.fake.calls().size();
                    List<String> problems = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        Instant start = h.clock.now();
                        ReceiveResult result = h.receive();
                        Duration waited = Duration.between(start, h.clock.now());
                        if (result instanceof ReceiveResult.RetryAfter retry) {
                            waited = retry.delay();
                            h.clock.sleep(retry.delay());
                        }
                        if (result instanceof ReceiveResult.Stop || waited.compareTo(Duration.ofSeconds(1)) < 0) {
                            problems.add("round " + (round + 1) + ": " + result + " after " + seconds(waited));
                        }
                    }
                    int requests = h.fake.calls().size() - before;
                    v.expect(List.of("SL-RECV-008", "CH-RECV-006"), problems.isEmpty() && requests == 0,
                            "5 rounds, each waiting at least 1 s of virtual time, no Stop, no request",
                            () -> String.join("; ", problems) + (requests == 0 ? "" : "; " + requests + " requests"));
                });
    }

    static Check<SlackHarness> stopsPromptly() {
        return Check.of("ends a held chat.postMessage and the receive loop within 5 s of stop() and sends nothing after",
                Set.of("SL-LIFE-001", "CH-LIFE-001"), (h, v) -> {
                    h.start();
                    h.fake.failNext("chat.postMessage", new SlackFault.Slow(Duration.ofSeconds(8)));
                    AtomicReference<Object> sendOutcome = new AtomicReference<>("still running");
                    Thread sender = Thread.ofPlatform().daemon().name("send").start(() -> {
                        try {
                            sendOutcome.set(h.send(OutboundMessage.of("out-stop", Events.CHANNEL, "held")));
                        } catch (InterruptedException e) {
                            sendOutcome.set("InterruptedException");
                        } catch (RuntimeException e) {
                            sendOutcome.set(e.getClass().getSimpleName());
                        }
                    });
                    Thread receiver = h.receiveInBackground();
                    boolean held = awaitReal(() -> !h.fake.calls("chat.postMessage").isEmpty(), Duration.ofSeconds(3));
                    Duration took = h.stopAndJoin(receiver, sender);
                    long afterStop = h.requestsAfterStop().size();
                    boolean ended = !receiver.isAlive() && !sender.isAlive();
                    v.expect(List.of("SL-LIFE-001", "CH-LIFE-001"), held && ended && afterStop == 0,
                            "send and receive return within 5 s of stop() while chat.postMessage is held, and no request follows",
                            () -> (held ? "" : "no chat.postMessage was in progress; ")
                                    + (ended ? "both ended after " + seconds(took) : "receive alive: " + receiver.isAlive() + ", send alive: " + sender.isAlive())
                                    + ", send gave " + sendOutcome.get() + ", " + afterStop + " requests attempted after stop");
                });
    }

    static Check<SlackHarness> waitsOnTheContextClock() {
        return Check.of("waits for a 3-second Retry-After on the context clock, not in real time",
                Set.of("CH-LIFE-003"), (h, v) -> {
                    h.start();
                    h.fake.failNext("chat.postMessage", new SlackFault.RateLimited(3));
                    long realStart = System.nanoTime();
                    SendResult result = h.send(OutboundMessage.of("out-clock", Events.CHANNEL, "after a short wait"));
                    Duration real = Duration.ofNanos(System.nanoTime() - realStart);
                    v.expect("CH-LIFE-003", real.compareTo(Duration.ofMillis(2500)) < 0,
                            "a send through a 3 s Retry-After takes well under 2.5 s of real time (waits happen on the virtual clock)",
                            () -> "real time " + seconds(real) + ", result " + result + " (use context.clock().sleep, not Thread.sleep)");
                });
    }
}
