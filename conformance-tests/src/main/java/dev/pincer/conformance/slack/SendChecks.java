package dev.pincer.conformance.slack;

import static dev.pincer.conformance.check.Texts.abbreviate;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.slack.PostedMessage;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of what is sent: escaping, splitting, threads, and not repeating delivered parts. */
final class SendChecks {
    static final String FORMATTING_TEXT = "Fish & chips <@U0ADA00001> <!here> <#C0A1B2C3D4E> <https://example.com|click> "
            + "a<b && c>d &amp; \"quotes\" 'single' *bold* _it_ ~st~ `code` \\ done";

    private SendChecks() {}

    static List<Check<SlackHarness>> all() {
        return List.of(sendsTextExactlyAsWritten(), splitsLongTextSafely(), repliesInThreads(), doesNotRepeatDeliveredParts());
    }

    static Check<SlackHarness> sendsTextExactlyAsWritten() {
        return Check.of("escapes &, < and > so that Slack shows the text exactly as written",
                Set.of("SL-SEND-001", "CH-SEND-006"), (h, v) -> {
                    h.start();
                    SendResult result = h.send(OutboundMessage.of("out-format", Events.CHANNEL, FORMATTING_TEXT));
                    List<PostedMessage> sent = h.fake.postedMessages();
                    boolean exact = sent.size() == 1 && sent.get(0).shownText().equals(FORMATTING_TEXT);
                    v.expect(List.of("SL-SEND-001", "CH-SEND-006"), exact && result instanceof SendResult.Delivered,
                            "one message that Slack shows as \"" + FORMATTING_TEXT + "\"",
                            () -> "result " + result + "; Slack shows " + sent.stream().map(p -> "\"" + p.shownText()
                                    + "\" (sent as \"" + p.sentText() + "\")").toList());
                });
    }

    static Check<SlackHarness> splitsLongTextSafely() {
        return Check.of("splits long text into parts of at most 40,000 units as sent, without breaking surrogate pairs",
                Set.of("SL-SEND-002", "CH-SEND-001"), (h, v) -> {
                    h.start();
                    List<String> texts = List.of("a".repeat(39_999) + "\uD83D\uDE00" + "b".repeat(5000),
                            "word & ".repeat(7000), "c".repeat(40_000));
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        String channel = "C0SPLIT000" + i;
                        SendResult result = h.send(OutboundMessage.of("out-split-" + i, channel, texts.get(i)));
                        List<PostedMessage> parts = h.fake.postedMessages().stream().filter(p -> p.channel().equals(channel)).toList();
                        problems.addAll(splitProblems(i, texts.get(i), parts, result));
                    }
                    v.expect(List.of("SL-SEND-002", "CH-SEND-001"), problems.isEmpty(),
                            "parts of at most 40,000 units as sent (no message_truncated), none splitting a surrogate pair, shown parts concatenating to the original",
                            () -> String.join("; ", problems));
                });
    }

    private static List<String> splitProblems(int index, String text, List<PostedMessage> parts, SendResult result) {
        List<String> problems = new ArrayList<>();
        String label = "text " + (index + 1) + " (" + text.length() + " units)";
        for (int p = 0; p < parts.size(); p++) {
            PostedMessage part = parts.get(p);
            if (part.truncated()) {
                problems.add(label + ": part " + (p + 1) + " was " + part.sentText().length() + " units as sent and Slack truncated it");
            }
            String shown = part.shownText();
            if (!shown.isEmpty() && (Character.isHighSurrogate(shown.charAt(shown.length() - 1)) || Character.isLowSurrogate(shown.charAt(0)))) {
                problems.add(label + ": part " + (p + 1) + " splits a surrogate pair");
            }
        }
        String joined = String.join("", parts.stream().map(PostedMessage::shownText).toList());
        if (!joined.equals(text)) {
            problems.add(label + ": the " + parts.size() + " parts as shown do not concatenate to the original (shown lengths "
                    + parts.stream().map(p -> p.shownText().length()).toList() + ")");
        }
        if (!(result instanceof SendResult.Delivered d) || d.platformMessageIds().size() != parts.size()) {
            problems.add(label + ": result " + result + " for " + parts.size() + " accepted parts");
        }
        return problems;
    }

    static Check<SlackHarness> repliesInThreads() {
        return Check.of("replies into the thread of the conversation, and starts a thread under replyTo",
                Set.of("SL-SEND-006"), (h, v) -> {
                    h.start();
                    h.deliverFixture("sl-event-thread-reply");
                    String conversation = h.inbox.acceptedMessages().stream().findFirst().map(InboundMessage::conversation)
                            .orElse(Events.CHANNEL + "/1767603600.000200");
                    h.send(OutboundMessage.of("out-thread", conversation, "in the thread"));
                    h.send(new OutboundMessage("out-reply", Events.CHANNEL, "starting a thread", Optional.of("1767603600.000200")));
                    h.send(OutboundMessage.of("out-plain", Events.CHANNEL, "top level"));
                    List<PostedMessage> sent = h.fake.postedMessages();
                    Optional<String> thread = Optional.of("1767603600.000200");
                    boolean ok = sent.size() == 3 && sent.stream().allMatch(p -> p.channel().equals(Events.CHANNEL))
                            && sent.get(0).threadTs().equals(thread) && sent.get(1).threadTs().equals(thread)
                            && sent.get(2).threadTs().isEmpty();
                    v.expect("SL-SEND-006", ok,
                            "three messages to C0A1B2C3D4E, the first two with thread_ts 1767603600.000200, the third without",
                            () -> "sent " + sent.stream().map(p -> p.channel() + " thread_ts=" + p.threadTs().orElse("none")
                                    + " \"" + abbreviate(p.shownText()) + "\"").toList() + " (the reply was delivered in " + conversation + ")");
                });
    }

    static Check<SlackHarness> doesNotRepeatDeliveredParts() {
        return Check.of("does not deliver parts again when the same message id is sent again after a restart",
                Set.of("CH-SEND-007"), (h, v) -> {
                    h.start();
                    OutboundMessage message = OutboundMessage.of("out-resend", Events.CHANNEL, "part ".repeat(17_000));
                    SendResult first = h.send(message);
                    int delivered = h.fake.postedMessages().size();
                    h.restart();
                    SendResult second = h.send(message);
                    int again = h.fake.postedMessages().size() - delivered;
                    v.expect("CH-SEND-007", again == 0 && first instanceof SendResult.Delivered && second instanceof SendResult.Delivered,
                            "the second send with id out-resend delivers nothing new and answers Delivered",
                            () -> "first send delivered " + delivered + " parts (" + first + "), the second " + again + " more (" + second + ")");
                });
    }
}
