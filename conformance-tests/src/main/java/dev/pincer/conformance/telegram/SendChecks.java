package dev.pincer.conformance.telegram;

import static dev.pincer.conformance.check.Durations.seconds;
import static dev.pincer.conformance.check.Texts.abbreviate;
import static dev.pincer.conformance.telegram.Observations.gaps;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.telegram.Fault;
import dev.pincer.conformance.fake.telegram.SentMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of sending: text fidelity, splitting, rate limits, retries and their bounds. */
final class SendChecks {
    static final String CHAT = "100200300";
    static final String FORMATTING_TEXT = "Total: 5.00 (approx) - *not* final_price! [draft](x) `code` #tag a<b & c>d "
            + "\\ ~strike~ {braces} |pipe| =eq= +plus+ > quote. Done!";

    private SendChecks() {}

    static List<Check<TelegramHarness>> all() {
        return List.of(sendsTextExactlyAsWritten(), splitsLongTextSafely(), honoursRateLimitOnSend(),
                retriesTransientFailuresWithJitteredBackoff(), boundsRetriesAndReportsFailure(),
                doesNotRetryPermanentRefusals(), returnsRetryLaterForLongWaits(), doesNotRepeatDeliveredParts(),
                repliesToTheMessage());
    }

    static Check<TelegramHarness> sendsTextExactlyAsWritten() {
        return Check.of("sends text with formatting characters so that it arrives exactly as written",
                Set.of("TG-SEND-001", "CH-SEND-006"), (h, v) -> {
                    h.start();
                    SendResult result = h.send(OutboundMessage.of("out-format", CHAT, FORMATTING_TEXT));
                    List<SentMessage> sent = h.fake.sentMessages();
                    boolean exact = sent.size() == 1 && sent.get(0).text().equals(FORMATTING_TEXT);
                    v.expect(List.of("TG-SEND-001", "CH-SEND-006"), exact && result instanceof SendResult.Delivered,
                            "one message whose visible text equals \"" + FORMATTING_TEXT + "\"",
                            () -> "result " + result + "; Telegram accepted " + sent.stream().map(s -> "\"" + s.text() + "\" (parse_mode "
                                    + s.parseMode().orElse("none") + ")").toList());
                });
    }

    static Check<TelegramHarness> splitsLongTextSafely() {
        return Check.of("splits long text into parts of at most 4096 UTF-16 units without breaking surrogate pairs",
                Set.of("TG-SEND-002", "CH-SEND-001"), (h, v) -> {
                    h.start();
                    List<String> texts = List.of(
                            "a".repeat(4095) + "\uD83D\uDE00" + "b".repeat(5000),
                            "word ".repeat(900) + "\n" + "line\n".repeat(1000) + "\uD83C\uDF89".repeat(2100),
                            "c".repeat(4096));
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        String chat = Long.toString(200 + i);
                        String text = texts.get(i);
                        SendResult result = h.send(OutboundMessage.of("out-split-" + i, chat, text));
                        List<String> parts = h.fake.sentMessages().stream()
                                .filter(s -> s.chatId() == Long.parseLong(chat)).map(SentMessage::text).toList();
                        problems.addAll(splitProblems(i, text, parts, result));
                    }
                    v.expect(List.of("TG-SEND-002", "CH-SEND-001"), problems.isEmpty(),
                            "parts of at most 4096 UTF-16 units, none ending in a high surrogate, concatenating to the original, all delivered",
                            () -> String.join("; ", problems));
                });
    }

    private static List<String> splitProblems(int index, String text, List<String> parts, SendResult result) {
        List<String> problems = new ArrayList<>();
        String label = "text " + (index + 1) + " (" + text.length() + " units)";
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (part.length() > 4096) {
                problems.add(label + ": part " + (p + 1) + " has " + part.length() + " units");
            }
            if (!part.isEmpty() && (Character.isHighSurrogate(part.charAt(part.length() - 1)) || Character.isLowSurrogate(part.charAt(0)))) {
                problems.add(label + ": part " + (p + 1) + " splits a surrogate pair");
            }
        }
        if (!String.join("", parts).equals(text)) {
            problems.add(label + ": the " + parts.size() + " delivered parts do not concatenate to the original (lengths "
                    + parts.stream().map(String::length).toList() + "; a lone surrogate arrives as '?')");
        }
        if (!(result instanceof SendResult.Delivered d) || d.platformMessageIds().size() != parts.size()) {
            problems.add(label + ": result " + result + " for " + parts.size() + " delivered parts");
        }
        return problems;
    }

    static Check<TelegramHarness> honoursRateLimitOnSend() {
        return Check.of("waits retry_after after a 429 on sendMessage (body, then header only)",
                Set.of("TG-SEND-003", "CH-SEND-002"), (h, v) -> {
                    h.start();
                    h.fake.failNext("sendMessage", new Fault.TooManyRequests(30, true, true));
                    h.fake.failNext("sendMessage", new Fault.TooManyRequests(12, true, false));
                    SendResult result = h.send(OutboundMessage.of("out-429", CHAT, "after the rate limit"));
                    List<Duration> gaps = gaps(h.fake.requests("sendMessage"));
                    boolean honoured = gaps.size() == 2 && gaps.get(0).compareTo(Duration.ofSeconds(30)) >= 0
                            && gaps.get(1).compareTo(Duration.ofSeconds(12)) >= 0;
                    v.expect(List.of("TG-SEND-003", "CH-SEND-002"), honoured && result instanceof SendResult.Delivered,
                            "the next sendMessage at least 30 s after a 429 with parameters.retry_after=30, at least 12 s after a 429 with only Retry-After: 12, then Delivered",
                            () -> "waits " + seconds(gaps) + " between the " + h.fake.requests("sendMessage").size()
                                    + " sendMessage calls; result " + result);
                });
    }

    static Check<TelegramHarness> retriesTransientFailuresWithJitteredBackoff() {
        return Check.of("retries 502, a reset, 503 and 500 with exponential backoff, jittered differently under two seeds",
                Set.of("TG-SEND-004", "CH-SEND-003"), (h, v) -> {
                    List<String> problems = new ArrayList<>();
                    List<Duration> gaps = transientFailureWaits(h, problems);
                    List<Duration> otherGaps;
                    try (TelegramHarness other = h.sibling(h.seed() + 7919)) {
                        otherGaps = transientFailureWaits(other, problems);
                    }
                    if (gaps.size() == 4 && gaps.equals(otherGaps)) {
                        problems.add("two runs with different context.random() seeds waited exactly the same: no jitter");
                    }
                    v.expect(List.of("TG-SEND-004", "CH-SEND-003"), problems.isEmpty() && gaps.size() == 4,
                            "4 retries, the k-th after a wait within [50 %, 100 %] of min(30 s, 2^(k-1) s), different under another seed, then Delivered",
                            () -> "waits " + seconds(gaps) + " and, under another seed, " + seconds(otherGaps)
                                    + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
                });
    }

    /** Sends through four transient failures and returns the waits between the five attempts, noting problems. */
    private static List<Duration> transientFailureWaits(TelegramHarness h, List<String> problems) throws InterruptedException {
        h.start();
        h.fake.failNext("sendMessage", new Fault.ServerError(502));
        h.fake.failNext("sendMessage", new Fault.ConnectionReset());
        h.fake.failNext("sendMessage", new Fault.ServerError(503));
        h.fake.failNext("sendMessage", new Fault.ServerError(500));
        SendResult result = h.send(OutboundMessage.of("out-5xx", CHAT, "after transient failures"));
        if (!(result instanceof SendResult.Delivered)) {
            problems.add("result " + result + " after 4 transient failures (5 attempts allowed)");
        }
        List<Duration> gaps = gaps(h.fake.requests("sendMessage"));
        for (int k = 0; k < gaps.size(); k++) {
            double nominal = Math.min(30, Math.pow(2, k));
            double ratio = gaps.get(k).toNanos() / 1e9 / nominal;
            if (ratio < 0.5 - 1e-6 || ratio > 1 + 1e-6) {
                problems.add("wait " + (k + 1) + " was " + seconds(gaps.get(k)) + ", outside [50 %, 100 %] of " + nominal + " s");
            }
        }
        return gaps;
    }

    static Check<TelegramHarness> boundsRetriesAndReportsFailure() {
        return Check.of("gives up after 5 attempts on persistent 502 and resets, reporting Failed",
                Set.of("TG-SEND-005", "CH-SEND-004"), (h, v) -> {
                    h.start();
                    h.fake.failAlways("sendMessage", new Fault.ServerError(502));
                    SendResult gateway = h.send(OutboundMessage.of("out-502", CHAT, "never delivered"));
                    int gatewayAttempts = h.fake.requests("sendMessage").size();
                    h.fake.clearFaults();
                    h.fake.failAlways("sendMessage", new Fault.ConnectionReset());
                    SendResult reset = h.send(OutboundMessage.of("out-reset", CHAT, "never delivered either"));
                    int resetAttempts = h.fake.requests("sendMessage").size() - gatewayAttempts;
                    boolean ok = gateway instanceof SendResult.Failed f && f.reason().contains("Bad Gateway")
                            && gatewayAttempts == 5 && reset instanceof SendResult.Failed && resetAttempts == 5;
                    v.expect(List.of("TG-SEND-005", "CH-SEND-004"), ok,
                            "exactly 5 attempts, then Failed whose reason carries Telegram's description (\"Bad Gateway\"); the same for connection resets",
                            () -> "persistent 502: " + gatewayAttempts + " attempts, result " + gateway
                                    + "; persistent reset: " + resetAttempts + " attempts, result " + reset);
                });
    }

    static Check<TelegramHarness> doesNotRetryPermanentRefusals() {
        return Check.of("reports 400 and 403 refusals at once, with Telegram's description",
                Set.of("TG-SEND-006", "CH-SEND-005"), (h, v) -> {
                    h.start();
                    h.fake.failNext("sendMessage", new Fault.BadRequest("Bad Request: chat not found"));
                    SendResult notFound = h.send(OutboundMessage.of("out-400", CHAT, "to nowhere"));
                    int afterFirst = h.fake.requests("sendMessage").size();
                    h.fake.failNext("sendMessage", new Fault.Forbidden("Forbidden: bot was blocked by the user"));
                    SendResult blocked = h.send(OutboundMessage.of("out-403", CHAT, "to someone who blocked us"));
                    int afterSecond = h.fake.requests("sendMessage").size() - afterFirst;
                    boolean ok = notFound instanceof SendResult.Failed f1 && f1.reason().contains("chat not found") && afterFirst == 1
                            && blocked instanceof SendResult.Failed f2 && f2.reason().contains("bot was blocked by the user") && afterSecond == 1;
                    v.expect(List.of("TG-SEND-006", "CH-SEND-005"), ok,
                            "one attempt each, then Failed with \"Bad Request: chat not found\" and \"Forbidden: bot was blocked by the user\" in the reasons",
                            () -> "400: " + afterFirst + " attempts, result " + notFound + "; 403: " + afterSecond + " attempts, result " + blocked);
                });
    }

    static Check<TelegramHarness> returnsRetryLaterForLongWaits() {
        return Check.of("hands a 120-second retry_after back to the runtime as RetryLater",
                Set.of("TG-SEND-007"), (h, v) -> {
                    h.start();
                    h.fake.failNext("sendMessage", new Fault.TooManyRequests(120, true, true));
                    java.time.Instant before = h.clock.now();
                    SendResult result = h.send(OutboundMessage.of("out-long-wait", CHAT, "later"));
                    Duration blocked = Duration.between(before, h.clock.now());
                    boolean ok = result instanceof SendResult.RetryLater later && later.delay().compareTo(Duration.ofSeconds(120)) >= 0
                            && h.fake.requests("sendMessage").size() == 1;
                    v.expect("TG-SEND-007", ok, "RetryLater with a delay of at least 120 s after one attempt, without waiting",
                            () -> "result " + result + " after " + h.fake.requests("sendMessage").size() + " attempts and a wait of " + seconds(blocked));
                });
    }

    static Check<TelegramHarness> doesNotRepeatDeliveredParts() {
        return Check.of("does not deliver parts again when the same message id is sent again after a restart",
                Set.of("CH-SEND-007"), (h, v) -> {
                    h.start();
                    String text = "part ".repeat(2000);
                    OutboundMessage message = OutboundMessage.of("out-resend", CHAT, text);
                    SendResult first = h.send(message);
                    int delivered = h.fake.sentMessages().size();
                    h.restart();
                    SendResult second = h.send(message);
                    int again = h.fake.sentMessages().size() - delivered;
                    v.expect("CH-SEND-007", again == 0 && first instanceof SendResult.Delivered && second instanceof SendResult.Delivered,
                            "the second send with id out-resend delivers nothing new and answers Delivered",
                            () -> "first send delivered " + delivered + " parts (" + first + "), the second delivered " + again + " more (" + second + ")");
                });
    }

    static Check<TelegramHarness> repliesToTheMessage() {
        return Check.of("sets reply_parameters.message_id for a reply",
                Set.of("TG-SEND-008"), (h, v) -> {
                    h.start();
                    SendResult original = h.send(OutboundMessage.of("out-original", CHAT, "the original"));
                    String originalId = original instanceof SendResult.Delivered d ? d.platformMessageIds().get(0) : "1";
                    h.send(new OutboundMessage("out-reply", CHAT, "a reply", Optional.of(originalId)));
                    List<SentMessage> sent = h.fake.sentMessages();
                    Optional<Long> expected = Optional.of(Long.parseLong(originalId));
                    v.expect("TG-SEND-008", sent.size() == 2 && sent.get(1).replyToMessageId().equals(expected),
                            "the second message sent as a reply to message " + originalId,
                            () -> sent.size() < 2 ? "only " + sent.size() + " messages sent"
                                    : "reply to " + sent.get(1).replyToMessageId() + " for \"" + abbreviate(sent.get(1).text()) + "\"");
                });
    }
}
