package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;
import static dev.pincer.conformance.gmail.ReadingChecks.done;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.conformance.fake.gmail.SentMail;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** send_message: the RFC 5322 message it builds, threading of replies, and never sending twice for one call id. */
final class SendingChecks {
    static final String SUBJECT = "  Ünïcødé subject 🎉  ";
    static final String BODY = "Hello Ada,\r\n  line two\n\tthird: ünïcødé 👀 \n";
    static final String INJECTED_SUBJECT = "Hi\r\nBcc: attacker@evil.example";
    static final String LONG_SUBJECT = "Καλημέρα κόσμε, αυτό είναι ένα μεγάλο θέμα που χρειάζεται πολλές κωδικοποιημένες λέξεις 🎉🎉";

    private SendingChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(sendsMessages(), repliesInTheThread(), argumentsNeverAddHeaders());
    }

    static Check<GmailHarness> sendsMessages() {
        return Check.of("sends messages with exactly the given recipients, subject and body, and not twice for one call id",
                Set.of("GM-ACT-003", "TOOL-INV-002", "TOOL-INV-003", "TOOL-INV-005"), (h, v) -> {
                    h.start();
                    ToolOutcome full = h.call("send_message", args("to", "ada@example.com", "cc", "grace@example.com",
                            "subject", SUBJECT, "body", BODY));
                    ToolInvocation first = h.calls().getLast().invocation();
                    ToolOutcome bare = h.call("send_message", args("to", "linus@example.com", "subject", "Plain", "body", "ok"));
                    List<SentMail> sent = h.fake.sent();
                    boolean exact = sent.size() == 2 && matches(sent.get(0), "ada@example.com", "grace@example.com", SUBJECT, BODY)
                            && matches(sent.get(1), "linus@example.com", "", "Plain", "ok") && sent.get(1).header("Cc").isEmpty();
                    v.expect(List.of("GM-ACT-003", "TOOL-INV-002"), exact,
                            "two messages, text/plain UTF-8 in base64, with exactly To ada@example.com, Cc grace@example.com, Subject "
                                    + Json.of(SUBJECT) + ", body " + Json.of(BODY) + ", then To linus@example.com without Cc",
                            () -> sent.toString());
                    List<GmailRequest> posts = h.requests("POST");
                    boolean bodies = posts.size() == 2 && posts.stream().allMatch(p -> p.path().equals(GmailHarness.MAILBOX + "messages/send")
                            && members(p.body()).equals(Set.of("raw")));
                    v.expect("GM-ACT-003", bodies, "POST messages/send with a JSON body of exactly the member raw",
                            () -> posts.stream().map(p -> p.line() + " " + p.body()).toList().toString());
                    JsonObject expectFull = sent.isEmpty() ? Json.object().build() : reference(sent.get(0));
                    JsonObject expectBare = sent.size() < 2 ? Json.object().build() : reference(sent.get(1));
                    v.expect(List.of("GM-ACT-003", "TOOL-INV-003"), done(full, expectFull) && done(bare, expectBare),
                            "Done with " + expectFull + ", then " + expectBare, () -> "outcomes " + full + " and " + bare);
                    h.restart();
                    ToolOutcome again = h.invoke(first);
                    int sentAfter = h.fake.sent().size();
                    v.expect("TOOL-INV-005", sentAfter == 2 && done(again, expectFull),
                            "after a restart, the same call id returns the first result without sending again",
                            () -> (sentAfter - 2) + " more messages sent; the second call returned " + again);
                });
    }

    static Check<GmailHarness> repliesInTheThread() {
        return Check.of("replies with In-Reply-To, References and the original's threadId; not at all to a missing message",
                Set.of("GM-ACT-004"), (h, v) -> {
                    String original = h.add(Seeds.LUNCH);
                    String answer = h.addReply(original, Seeds.LUNCH_ANSWER);
                    h.start();
                    ToolOutcome reply = h.call("send_message", args("to", "ada@example.com", "subject", "Re: Lunch?",
                            "body", "Yes!", "in_reply_to", answer));
                    String inReplyTo = FakeGmail.messageId(answer);
                    String references = FakeGmail.messageId(original) + " " + inReplyTo;
                    List<SentMail> sent = h.fake.sent();
                    boolean threaded = sent.size() == 1 && sent.get(0).header("In-Reply-To").equals(Optional.of(inReplyTo))
                            && sent.get(0).header("References").equals(Optional.of(references)) && sent.get(0).threadId().equals(original)
                            && reply instanceof ToolOutcome.Done;
                    v.expect("GM-ACT-004", threaded, "one message with In-Reply-To " + inReplyTo + " and References " + references
                            + " in thread " + original, () -> sent + "; outcome " + reply);
                    int posts = h.requests("POST").size();
                    ToolOutcome missing = h.call("send_message", args("to", "ada@example.com", "subject", "Re: ?", "body", "x",
                            "in_reply_to", GmailHarness.MISSING));
                    int postsAfter = h.requests("POST").size();
                    v.expect("GM-ACT-004", missing instanceof ToolOutcome.Failed && postsAfter == posts,
                            "a reply to a message that does not exist: Failed without a POST",
                            () -> (postsAfter - posts) + " POSTs; outcome " + missing);
                });
    }

    static Check<GmailHarness> argumentsNeverAddHeaders() {
        return Check.of("sends a subject with CR LF and a long Greek subject as encoded words, adding no header",
                Set.of("GM-MIME-001", "TOOL-INV-002"), (h, v) -> {
                    h.start();
                    h.call("send_message", args("to", "ada@example.com", "subject", INJECTED_SUBJECT, "body", "x"));
                    h.call("send_message", args("to", "ada@example.com", "subject", LONG_SUBJECT, "body", "y"));
                    List<SentMail> sent = h.fake.sent();
                    boolean held = sent.size() == 2 && sent.stream().allMatch(m -> m.header("Bcc").isEmpty() && m.headerUsesCrlf())
                            && sent.get(0).subject().equals(INJECTED_SUBJECT) && sent.get(1).subject().equals(LONG_SUBJECT);
                    v.expect(List.of("GM-MIME-001", "TOOL-INV-002"), held,
                            "two messages without Bcc, header lines ending in CRLF, subjects exactly " + Json.of(INJECTED_SUBJECT)
                                    + " and " + Json.of(LONG_SUBJECT), () -> sent.toString());
                });
    }

    private static boolean matches(SentMail mail, String to, String cc, String subject, String body) {
        return mail.to().equals(to) && mail.cc().equals(cc) && mail.subject().equals(subject) && mail.body().equals(body)
                && mail.header("Content-Transfer-Encoding").map(String::trim).map(String::toLowerCase).equals(Optional.of("base64"))
                && mail.header("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).replace("\"", "")
                        .matches("text/plain;\\s*charset=utf-8.*");
    }

    private static JsonObject reference(SentMail mail) {
        return Json.object().put("id", mail.id()).put("threadId", mail.threadId()).build();
    }

    private static Set<String> members(String body) {
        try {
            return Json.parseObject(body).members().keySet();
        } catch (RuntimeException e) {
            return Set.of();
        }
    }
}
