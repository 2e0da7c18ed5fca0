package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.RecordingInbox;
import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.telegram.Observations.gaps;
import static dev.pincer.conformance.telegram.Observations.longParam;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.Verdicts;
import dev.pincer.conformance.fake.telegram.Fault;
import dev.pincer.conformance.fake.telegram.RecordedRequest;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ReceiveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Checks of receiving: delivery, acknowledgement, order, restarts and receive failures. */
final class ReceiveChecks {
    static final long CHAT = 100_200_300L;
    static final long BIG_CHAT = 4_503_599_627_370_495L;
    static final long USER = 7_001L;

    private ReceiveChecks() {}

    static List<Check<TelegramHarness>> all() {
        return List.of(deliversEachUpdateOnceInOrder(), acknowledgesOnlyAcceptedUpdates(), resumesAfterRestart(),
                longPollsWithinTelegramsCap(), survivesUnusualUpdates(), ignoresUpdatesBelowTheOffset(),
                reportsConflictAndBacksOff(), honoursRateLimitOnGetUpdates(), recoversFromReceiveFailures());
    }

    static Check<TelegramHarness> deliversEachUpdateOnceInOrder() {
        return Check.of("delivers six updates from two chats once each, in order per chat",
                Set.of("CH-RECV-001", "CH-RECV-003"), (h, v) -> {
                    h.start();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        ids.add(h.fake.enqueueMessage(i % 2 == 0 ? CHAT : BIG_CHAT, USER, "message " + i));
                    }
                    h.receiveAll(ids, 20);
                    List<String> wrongCounts = ids.stream()
                            .filter(id -> h.inbox.deliveryCount(Long.toString(id)) != 1)
                            .map(id -> "update " + id + " handed over " + h.inbox.deliveryCount(Long.toString(id)) + " times")
                            .toList();
                    v.expect("CH-RECV-001", wrongCounts.isEmpty(),
                            "each of updates " + ids + " handed to the inbox exactly once", wrongCounts::toString);
                    Map<String, List<Long>> perChat = new LinkedHashMap<>();
                    for (InboundMessage m : h.inbox.acceptedMessages()) {
                        perChat.computeIfAbsent(m.conversation(), c -> new ArrayList<>()).add(Long.parseLong(m.id()));
                    }
                    boolean ordered = perChat.values().stream().allMatch(list -> list.equals(list.stream().sorted().toList()));
                    v.expect("CH-RECV-003", ordered && !perChat.isEmpty(),
                            "within each chat, updates accepted in update_id order",
                            () -> "accepted per chat in this order: " + perChat);
                });
    }

    static Check<TelegramHarness> acknowledgesOnlyAcceptedUpdates() {
        return Check.of("keeps an update unacknowledged while the inbox refuses it, and offers it again",
                Set.of("CH-RECV-002", "TG-RECV-001"), (h, v) -> {
                    h.start();
                    long first = h.fake.enqueueMessage(CHAT, USER, "one");
                    long refused = h.fake.enqueueMessage(CHAT, USER, "two");
                    long third = h.fake.enqueueMessage(CHAT, USER, "three");
                    String refusedId = Long.toString(refused);
                    h.inbox.refuse(refusedId, 2);
                    List<String> earlyAcks = new ArrayList<>();
                    for (int round = 0; round < 30 && !h.inbox.hasAccepted(Long.toString(third)); round++) {
                        boolean refusedPending = !h.inbox.hasAccepted(refusedId);
                        int before = h.fake.requests("getUpdates").size();
                        ReceiveResult result = h.receive();
                        if (refusedPending) {
                            for (RecordedRequest r : h.fake.requests("getUpdates").subList(before, h.fake.requests("getUpdates").size())) {
                                OptionalLong offset = longParam(r.params(), "offset");
                                if (offset.isPresent() && offset.getAsLong() > refused) {
                                    earlyAcks.add("getUpdates offset=" + offset.getAsLong());
                                }
                            }
                        }
                        if (result instanceof ReceiveResult.RetryAfter retry) {
                            h.clock.sleep(retry.delay());
                        } else if (result instanceof ReceiveResult.Stop) {
                            break;
                        }
                    }
                    List<String> order = h.inbox.deliveries().stream()
                            .map(d -> d.message().id() + ":" + d.answer().getClass().getSimpleName()).toList();
                    int acceptedAt = order.indexOf(refusedId + ":Accepted");
                    int thirdAt = order.stream().filter(e -> e.startsWith(third + ":")).findFirst().map(order::indexOf).orElse(-1);
                    List<java.time.Instant> offers = h.inbox.deliveries().stream()
                            .filter(d -> d.message().id().equals(refusedId)).map(RecordingInbox.Delivery::at).toList();
                    List<Duration> waits = new ArrayList<>();
                    for (int i = 1; i < offers.size(); i++) {
                        waits.add(Duration.between(offers.get(i - 1), offers.get(i)));
                    }
                    boolean waited = waits.stream().allMatch(w -> w.compareTo(Duration.ofMillis(500)) >= 0);
                    boolean reOffered = acceptedAt >= 0 && offers.size() == 3 && waited;
                    boolean keptOrder = thirdAt == -1 || thirdAt > acceptedAt;
                    boolean allAccepted = h.inbox.hasAccepted(Long.toString(first)) && h.inbox.hasAccepted(Long.toString(third));
                    v.expect(List.of("CH-RECV-002", "TG-RECV-001"), earlyAcks.isEmpty() && reOffered && keptOrder && allAccepted,
                            "while the inbox answers Unavailable for update " + refused + " (twice), no getUpdates offset above "
                                    + refused + ", no later update of the chat handed over before it, and it is offered again, at least 0.5 s (the first backoff, jittered) later each time, until accepted",
                            () -> (earlyAcks.isEmpty() ? "" : "acknowledged it too early with " + earlyAcks + "; ")
                                    + "inbox saw " + order + "; waits between offers of " + refused + ": " + seconds(waits));
                });
    }

    static Check<TelegramHarness> resumesAfterRestart() {
        return Check.of("resumes from the stored offset after a restart, without redelivery",
                Set.of("CH-RECV-004", "TG-RECV-002"), (h, v) -> {
                    h.start();
                    long first = h.fake.enqueueMessage(CHAT, USER, "before restart 1");
                    long second = h.fake.enqueueMessage(CHAT, USER, "before restart 2");
                    h.receiveUntil(() -> h.inbox.hasAccepted(Long.toString(second)), 10);
                    List<RecordedRequest> pollsBeforeStop = h.fake.requests("getUpdates");
                    long lastOffsetBefore = pollsBeforeStop.stream().map(r -> longParam(r.params(), "offset"))
                            .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(first);
                    int pollsBefore = pollsBeforeStop.size();
                    h.restart();
                    long third = h.fake.enqueueMessage(CHAT, USER, "after restart");
                    h.receiveAll(List.of(third), 10);
                    List<RecordedRequest> polls = h.fake.requests("getUpdates");
                    OptionalLong resumedOffset = polls.size() > pollsBefore
                            ? longParam(polls.get(pollsBefore).params(), "offset") : OptionalLong.empty();
                    boolean resumed = resumedOffset.isPresent() && resumedOffset.getAsLong() >= lastOffsetBefore
                            && resumedOffset.getAsLong() <= second + 1;
                    v.expect(List.of("CH-RECV-004", "TG-RECV-002"), resumed && h.inbox.hasAccepted(Long.toString(third)),
                            "after a restart on the same state, the first getUpdates carries an offset from " + lastOffsetBefore
                                    + " (the last one sent before the stop) to " + (second + 1) + " (after the last accepted update), and update "
                                    + third + " arrives",
                            () -> "first getUpdates after restart had offset=" + (resumedOffset.isPresent() ? resumedOffset.getAsLong() : "(none)")
                                    + "; update " + third + " accepted: " + h.inbox.hasAccepted(Long.toString(third)));
                });
    }

    static Check<TelegramHarness> longPollsWithinTelegramsCap() {
        return Check.of("long-polls with a timeout of 1..50 s and a longer HTTP timeout",
                Set.of("TG-RECV-003"), (h, v) -> {
                    h.start();
                    h.receive();
                    List<RecordedRequest> polls = h.fake.requests("getUpdates");
                    OptionalLong timeout = polls.isEmpty() ? OptionalLong.empty() : longParam(polls.get(0).params(), "timeout");
                    Duration httpTimeout = h.egressRecords().stream()
                            .filter(r -> r.uri().getPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates"))
                            .map(r -> r.timeout()).findFirst().orElse(Duration.ZERO);
                    boolean inCap = timeout.isPresent() && timeout.getAsLong() >= 1 && timeout.getAsLong() <= 50;
                    boolean longer = timeout.isPresent() && httpTimeout.compareTo(Duration.ofSeconds(timeout.getAsLong())) > 0;
                    v.expect("TG-RECV-003", inCap && longer,
                            "getUpdates with timeout between 1 and 50 and an HTTP request timeout above it",
                            () -> "getUpdates timeout=" + (timeout.isPresent() ? timeout.getAsLong() : "(absent)")
                                    + ", HTTP request timeout " + seconds(httpTimeout));
                });
    }

    static Check<TelegramHarness> survivesUnusualUpdates() {
        return Check.of("keeps receiving through edited, media, channel, callback, unknown and malformed updates",
                Set.of("TG-RECV-004", "CH-RECV-005"), (h, v) -> {
                    h.start();
                    List<Long> odd = new ArrayList<>();
                    for (String fixture : List.of("tg-update-edited", "tg-update-photo", "tg-update-sticker",
                            "tg-update-channel-post", "tg-update-callback-query", "tg-update-unknown-type")) {
                        odd.add(h.enqueueFixture(fixture));
                    }
                    odd.add(h.fake.enqueueUpdate("{\"message\":{\"message_id\":\"not a number\",\"text\":\"no chat\"}}"));
                    long last = h.fake.enqueueMessage(CHAT, USER, "after the unusual ones");
                    Optional<List<ReceiveResult>> received = receiveAllOrFail(h, v, List.of(last), List.of("TG-RECV-004", "CH-RECV-005"));
                    if (received.isEmpty()) {
                        return;
                    }
                    List<ReceiveResult> results = received.get();
                    boolean stopped = results.stream().anyMatch(r -> r instanceof ReceiveResult.Stop);
                    boolean acknowledged = h.fake.confirmedOffset() > last;
                    v.expect(List.of("TG-RECV-004", "CH-RECV-005"), !stopped && h.inbox.hasAccepted(Long.toString(last)) && acknowledged,
                            "updates " + odd + " neither stop nor stall receiving: the text update " + last
                                    + " after them is accepted and every one is acknowledged (offset > " + last + ")",
                            () -> "stopped: " + stopped + ", update " + last + " accepted: " + h.inbox.hasAccepted(Long.toString(last))
                                    + ", highest acknowledged offset " + h.fake.confirmedOffset() + ", results " + results);
                });
    }

    static Check<TelegramHarness> ignoresUpdatesBelowTheOffset() {
        return Check.of("ignores a repeated update whose update_id is below the offset",
                Set.of("TG-RECV-005"), (h, v) -> {
                    h.start();
                    long first = h.fake.enqueueMessage(CHAT, USER, "original");
                    h.receiveAll(List.of(first), 10);
                    h.fake.enqueueRaw(update(first, "replayed"));
                    long next = h.fake.enqueueMessage(CHAT, USER, "new");
                    h.fake.enqueueRaw(update(next + 1, "twice in one batch"));
                    h.fake.enqueueRaw(update(next + 1, "twice in one batch"));
                    h.fake.setNextUpdateId(next + 2);
                    long last = h.fake.enqueueMessage(CHAT, USER, "last");
                    h.receiveAll(List.of(last), 10);
                    long replayed = h.inbox.deliveryCount(Long.toString(first));
                    long doubled = h.inbox.deliveryCount(Long.toString(next + 1));
                    v.expect("TG-RECV-005", replayed == 1 && doubled == 1 && h.inbox.hasAccepted(Long.toString(last)),
                            "update " + first + ", served again after it was acknowledged, is not handed over again; update "
                                    + (next + 1) + ", twice in one batch, is handed over once; update " + last + " arrives",
                            () -> "update " + first + " handed over " + replayed + " times, update " + (next + 1) + " " + doubled
                                    + " times; update " + last + " accepted: " + h.inbox.hasAccepted(Long.toString(last)));
                });
    }

    private static String update(long updateId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (900 + updateId % 100) + ",\"date\":1767603600,"
                + "\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\",\"first_name\":\"Ada\"},"
                + "\"from\":{\"id\":" + USER + ",\"is_bot\":false,\"first_name\":\"Ada\"},\"text\":\"" + text + "\"}}";
    }

    static Check<TelegramHarness> reportsConflictAndBacksOff() {
        return Check.of("reports 409 Conflict and backs off before polling again",
                Set.of("TG-RECV-006", "CH-RECV-006"), (h, v) -> {
                    h.start();
                    for (int i = 0; i < 3; i++) {
                        h.fake.failNext("getUpdates", new Fault.Conflict());
                    }
                    long message = h.fake.enqueueMessage(CHAT, USER, "after the conflict");
                    List<ReceiveResult> results = h.receiveAll(List.of(message), 20);
                    long reported = results.stream().filter(r -> r instanceof ReceiveResult.RetryAfter retry
                            && mentionsConflict(retry.reason())).count();
                    boolean logged = h.emittedTexts().stream().anyMatch(ReceiveChecks::mentionsConflict);
                    List<Duration> gaps = gaps(h.fake.requests("getUpdates")).subList(0, Math.min(3, gaps(h.fake.requests("getUpdates")).size()));
                    boolean backedOff = gaps.size() == 3 && gaps.stream().allMatch(g -> g.compareTo(Duration.ofMillis(500)) >= 0);
                    v.expect("TG-RECV-006", (reported > 0 || logged) && backedOff && h.inbox.hasAccepted(Long.toString(message)),
                            "each 409 reported (a RetryAfter reason or a log line naming 409/Conflict), a wait of at least 0.5 s before the next getUpdates, then recovery",
                            () -> "reported: " + (reported > 0 || logged) + "; waits after the three 409s: " + seconds(gaps)
                                    + "; later update accepted: " + h.inbox.hasAccepted(Long.toString(message)));
                    v.expect("CH-RECV-006", backedOff, "a wait of at least 0.5 s after each failed receive",
                            () -> "waits after the three failures: " + seconds(gaps));
                });
    }

    /**
     * Receives until {@code updateIds} are accepted; if {@code receive()} throws instead, fails {@code requirements}
     * with what it threw and returns empty.
     */
    private static Optional<List<ReceiveResult>> receiveAllOrFail(TelegramHarness h, Verdicts v, List<Long> updateIds,
            List<String> requirements) throws InterruptedException {
        try {
            return Optional.of(h.receiveAll(updateIds, 20));
        } catch (RuntimeException e) {
            v.fail(requirements, "receive() returns normally, whatever the platform sends",
                    "receive() threw " + e.getClass().getName() + ": " + h.vault.redact(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    static boolean mentionsConflict(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("409") || lower.contains("conflict");
    }

    static Check<TelegramHarness> honoursRateLimitOnGetUpdates() {
        return Check.of("waits retry_after after a 429 on getUpdates (body and header)",
                Set.of("TG-RECV-007"), (h, v) -> {
                    h.start();
                    h.fake.failNext("getUpdates", new Fault.TooManyRequests(30, true, true));
                    h.fake.failNext("getUpdates", new Fault.TooManyRequests(7, true, false));
                    long message = h.fake.enqueueMessage(CHAT, USER, "after the rate limit");
                    h.receiveAll(List.of(message), 10);
                    List<Duration> gaps = gaps(h.fake.requests("getUpdates"));
                    boolean honoured = gaps.size() >= 2 && gaps.get(0).compareTo(Duration.ofSeconds(30)) >= 0
                            && gaps.get(1).compareTo(Duration.ofSeconds(7)) >= 0;
                    v.expect("TG-RECV-007", honoured && h.inbox.hasAccepted(Long.toString(message)),
                            "at least 30 s after a 429 with parameters.retry_after=30, and at least 7 s after a 429 with only Retry-After: 7, before the next getUpdates",
                            () -> "waits after the two 429s: " + seconds(gaps.subList(0, Math.min(2, gaps.size())))
                                    + "; later update accepted: " + h.inbox.hasAccepted(Long.toString(message)));
                });
    }

    static Check<TelegramHarness> recoversFromReceiveFailures() {
        return Check.of("backs off exponentially through 502, a malformed body, a reset and 500, then recovers",
                Set.of("TG-RECV-008", "CH-RECV-006"), (h, v) -> {
                    h.start();
                    h.fake.failNext("getUpdates", new Fault.ServerError(502));
                    h.fake.failNext("getUpdates", new Fault.Malformed("<html><body>502 Bad Gateway</body></html>"));
                    h.fake.failNext("getUpdates", new Fault.ConnectionReset());
                    h.fake.failNext("getUpdates", new Fault.ServerError(500));
                    long message = h.fake.enqueueMessage(CHAT, USER, "after the failures");
                    Optional<List<ReceiveResult>> received = receiveAllOrFail(h, v, List.of(message), List.of("TG-RECV-008", "CH-RECV-006"));
                    if (received.isEmpty()) {
                        return;
                    }
                    List<ReceiveResult> results = received.get();
                    List<Duration> all = gaps(h.fake.requests("getUpdates"));
                    List<Duration> gaps = all.subList(0, Math.min(4, all.size()));
                    boolean stopped = results.stream().anyMatch(r -> r instanceof ReceiveResult.Stop);
                    boolean waited = gaps.size() == 4 && gaps.stream().allMatch(g -> g.compareTo(Duration.ofMillis(500)) >= 0);
                    boolean grows = waited && gaps.get(3).compareTo(gaps.get(0).multipliedBy(2)) >= 0;
                    boolean capped = gaps.stream().allMatch(g -> g.compareTo(Duration.ofSeconds(60)) <= 0);
                    v.expect("TG-RECV-008", !stopped && waited && grows && capped && h.inbox.hasAccepted(Long.toString(message)),
                            "after each failure a wait of at least 0.5 s, growing (the 4th at least twice the 1st), at most 60 s, then the update is received",
                            () -> "waits " + seconds(gaps) + ", stopped: " + stopped + ", update accepted: " + h.inbox.hasAccepted(Long.toString(message)));
                    v.expect("CH-RECV-006", waited && grows, "growing waits of at least 0.5 s after failed receives",
                            () -> "waits " + seconds(gaps));
                });
    }
}
