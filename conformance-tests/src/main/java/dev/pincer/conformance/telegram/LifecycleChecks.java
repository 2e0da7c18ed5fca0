package dev.pincer.conformance.telegram;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.check.IntegrationHarness.awaitReal;
import static dev.pincer.conformance.telegram.Observations.gaps;

import dev.pincer.conformance.check.ChannelHarness;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.telegram.Fault;
import dev.pincer.conformance.fake.telegram.RecordedRequest;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of the channel's life: calling convention, credentials, stopping, and time. */
final class LifecycleChecks {
    private LifecycleChecks() {}

    static List<Check<TelegramHarness>> all() {
        return List.of(callsTheBotApiWithTheSecret(), stopsOnUnauthorized(), stopsPromptlyDuringALongPoll(),
                waitsOnTheContextClock());
    }

    static Check<TelegramHarness> callsTheBotApiWithTheSecret() {
        return Check.of("calls https://api.telegram.org/bot<token>/<method> with the secret's placeholder",
                Set.of("TG-API-001", "TG-API-003"), (h, v) -> {
                    h.start();
                    long update = h.fake.enqueueMessage(ReceiveChecks.CHAT, ReceiveChecks.USER, "hello");
                    h.receive();
                    SendResult result = h.send(OutboundMessage.of("out-api", SendChecks.CHAT, "hi"));
                    List<String> ids = h.fake.sentMessages().stream().map(s -> Integer.toString(s.messageId())).toList();
                    boolean read = h.inbox.hasAccepted(Long.toString(update))
                            && result instanceof SendResult.Delivered d && d.platformMessageIds().equals(ids);
                    v.expect("TG-API-003", read,
                            "the update in getUpdates' result delivered, and Delivered carrying sendMessage's result.message_id " + ids,
                            () -> "update " + update + " accepted: " + h.inbox.hasAccepted(Long.toString(update)) + "; send result " + result);
                    String placeholder = h.vault.secrets().get(TelegramHarness.SECRET_NAME).placeholder();
                    List<String> wrong = h.egressRecords().stream()
                            .filter(r -> !("https".equals(r.uri().getScheme()) && TelegramHarness.HOST.equals(r.uri().getHost())
                                    && r.uri().getRawPath().startsWith("/bot" + placeholder + "/")))
                            .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()))
                            .toList();
                    List<RecordedRequest> requests = h.fake.requests();
                    boolean tokenArrived = !requests.isEmpty() && requests.stream().allMatch(r -> TelegramHarness.TOKEN.equals(r.token()));
                    v.expect("TG-API-001", wrong.isEmpty() && tokenArrived && !h.egressRecords().isEmpty(),
                            "every request to https://api.telegram.org/bot<TELEGRAM_BOT_TOKEN placeholder>/<method>, arriving with the real token",
                            () -> (wrong.isEmpty() ? "" : "requests to " + wrong + "; ")
                                    + requests.size() + " requests reached Telegram, with the right token: " + tokenArrived);
                });
    }

    static Check<TelegramHarness> stopsOnUnauthorized() {
        return Check.of("stops with a reason on 401 Unauthorized, at getUpdates and at start",
                Set.of("TG-API-002", "CH-LIFE-002"), (h, v) -> {
                    h.start();
                    h.fake.failAlways("getUpdates", new Fault.Unauthorized());
                    List<ReceiveResult> results = h.receiveUntil(() -> false, 5);
                    int polls = h.fake.requests("getUpdates").size();
                    boolean stopped = !results.isEmpty() && results.get(results.size() - 1) instanceof ReceiveResult.Stop stop
                            && mentions401(stop.reason());
                    h.fake.failAlways("getMe", new Fault.Unauthorized());
                    ChannelHarness.StartRefusal atStart = h.startExpectingRefusal(LifecycleChecks::mentions401);
                    boolean startOk = atStart.reported();
                    String startObservation = atStart.observation();
                    v.expect(List.of("TG-API-002", "CH-LIFE-002"), stopped && polls == 1 && startOk,
                            "a 401 from getUpdates gives ReceiveResult.Stop naming 401/Unauthorized and the token after that one call; "
                                    + "a 401 from getMe makes start() throw IntegrationException or the first receive() stop, with such a reason",
                            () -> "getUpdates answered 401 " + polls + " times; results " + results + "; " + startObservation);
                });
    }

    /** A reason the owner can act on: it names the 401 and says the token is what to fix. */
    private static boolean mentions401(String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        return (lower.contains("401") || lower.contains("unauthorized")) && lower.contains("token");
    }

    static Check<TelegramHarness> stopsPromptlyDuringALongPoll() {
        return Check.of("ends a long poll in progress within 5 s of stop() and sends nothing after",
                Set.of("TG-LIFE-001", "CH-LIFE-001"), (h, v) -> {
                    h.start();
                    h.fake.holdPollsUntilClosed(true);
                    Thread receiver = h.receiveInBackground();
                    boolean polling = awaitReal(() -> !h.fake.requests("getUpdates").isEmpty(), Duration.ofSeconds(3));
                    Duration took = h.stopAndJoin(receiver);
                    long attemptsAfterStop = h.requestsAfterStop().size();
                    boolean ended = !receiver.isAlive();
                    v.expect(List.of("TG-LIFE-001", "CH-LIFE-001"), polling && ended && attemptsAfterStop == 0,
                            "receive() returns within 5 s of stop() while a getUpdates long poll is held, and no request follows",
                            () -> (polling ? "" : "no getUpdates was in progress to interrupt; ")
                                    + (ended ? "receive ended after " + seconds(took) : "receive was still running 5 s after stop()")
                                    + ", " + attemptsAfterStop + " requests attempted after stop");
                });
    }

    static Check<TelegramHarness> waitsOnTheContextClock() {
        return Check.of("waits for a 3-second retry_after on the context clock, not in real time",
                Set.of("CH-LIFE-003"), (h, v) -> {
                    h.start();
                    h.fake.failNext("sendMessage", new Fault.TooManyRequests(3, true, true));
                    long realStart = System.nanoTime();
                    SendResult result = h.send(OutboundMessage.of("out-clock", SendChecks.CHAT, "after a short wait"));
                    Duration real = Duration.ofNanos(System.nanoTime() - realStart);
                    List<Duration> gaps = gaps(h.fake.requests("sendMessage"));
                    v.expect("CH-LIFE-003", real.compareTo(Duration.ofMillis(2500)) < 0,
                            "a send through a 3 s retry_after takes well under 2.5 s of real time (waits happen on the virtual clock)",
                            () -> "virtual waits " + seconds(gaps) + ", real time " + seconds(real) + ", result " + result
                                    + " (use context.clock().sleep, not Thread.sleep or a busy wait)");
                });
    }
}
