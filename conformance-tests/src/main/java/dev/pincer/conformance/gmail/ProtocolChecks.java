package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where requests go and what they carry, and what the tool does with an action it does not declare. */
final class ProtocolChecks {
    private ProtocolChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(sendsTheTokenToTheMailbox(), refusesUndeclaredActions());
    }

    static Check<GmailHarness> sendsTheTokenToTheMailbox() {
        return Check.of("sends every request to gmail.googleapis.com/gmail/v1/users/me/ with the bearer token",
                Set.of("GM-API-001"), (h, v) -> {
                    String first = h.add(Seeds.LUNCH);
                    String second = h.add(Seeds.BUILD);
                    h.start();
                    h.call("list_messages", args());
                    h.call("get_message", args("id", first));
                    h.call("send_message", args("to", "ada@example.com", "subject", "Header check", "body", "x", "in_reply_to", first));
                    h.call("move_message", args("id", first, "add_labels", List.of("STARRED")));
                    h.call("delete_message", args("id", second));
                    List<String> wrong = h.fake.requests().stream().filter(r -> !r.header("authorization").equals(Optional.of("Bearer " + GmailHarness.TOKEN))
                            || !r.header("accept").orElse("").contains("application/json") || !r.path().startsWith(GmailHarness.MAILBOX)
                            || (r.method().equals("POST") && !r.header("content-type").orElse("").startsWith("application/json")))
                            .map(r -> r.line() + " with accept " + r.header("accept").orElse("(none)") + ", content-type "
                                    + r.header("content-type").orElse("(none)")
                                    + (r.header("authorization").orElse("").equals("Bearer " + GmailHarness.TOKEN) ? "" : ", not the Bearer token"))
                            .toList();
                    List<String> elsewhere = h.egressRecords().stream().filter(r -> !r.uri().getScheme().equals("https") || !r.host().equals(GmailHarness.HOST))
                            .map(r -> r.method() + " " + r.uri().getScheme() + "://" + r.host()).toList();
                    int count = h.fake.requests().size();
                    v.expect("GM-API-001", count >= 7 && wrong.isEmpty() && elsewhere.isEmpty(),
                            "every request to https://gmail.googleapis.com/gmail/v1/users/me/… with Authorization: Bearer <token> and"
                                    + " Accept: application/json, POSTs with Content-Type: application/json",
                            () -> count + " requests; " + String.join("; ", wrong) + " " + elsewhere
                                    + h.fake.requests().stream().map(GmailRequest::line).toList());
                });
    }

    static Check<GmailHarness> refusesUndeclaredActions() {
        return Check.of("refuses an action the manifest does not declare, without a request", Set.of("TOOL-INV-001"), (h, v) -> {
            h.start();
            ToolOutcome outcome = h.invoke(new ToolInvocation(h.nextId(), "empty_trash", args()));
            v.expect("TOOL-INV-001", outcome instanceof ToolOutcome.Failed f && f.reason().contains("empty_trash")
                    && f.reason().contains("list_messages") && h.fake.requests().isEmpty(),
                    "Failed naming empty_trash and the declared actions, no request",
                    () -> outcome + " after " + h.fake.requests().size() + " requests");
        });
    }
}
