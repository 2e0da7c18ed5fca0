package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.conformance.fake.gmail.MailMessage;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reads: list_messages and get_message, their requests and their results. */
final class ReadingChecks {
    private ReadingChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(listsMessages(), getsMessages());
    }

    static Check<GmailHarness> listsMessages() {
        return Check.of("lists messages with their headers, with the defaults and with query, label and limit",
                Set.of("GM-ACT-001", "TOOL-INV-002", "TOOL-INV-003"), (h, v) -> {
                    List<String> ids = Seeds.mailbox(h);
                    h.start();
                    ToolOutcome defaults = h.call("list_messages", args());
                    int afterDefaults = h.fake.requests().size();
                    ToolOutcome chosen = h.call("list_messages", args("query", "is:unread", "label", "INBOX", "limit", 1));
                    List<GmailRequest> lists = h.fake.requests().stream().filter(r -> r.path().equals(GmailHarness.MAILBOX + "messages")).toList();
                    boolean queries = lists.size() == 2 && lists.get(0).query().equals(Map.of("maxResults", List.of("20")))
                            && lists.get(1).query().equals(Map.of("maxResults", List.of("1"), "q", List.of("is:unread"),
                                    "labelIds", List.of("INBOX")));
                    v.expect(List.of("GM-ACT-001", "TOOL-INV-002"), queries,
                            "GET messages?maxResults=20 with the optional arguments left out, then maxResults=1&q=is:unread&labelIds=INBOX",
                            () -> lists.stream().map(GmailRequest::line).toList().toString());
                    List<GmailRequest> details = h.fake.requests().subList(0, afterDefaults).stream()
                            .filter(r -> r.path().startsWith(GmailHarness.MAILBOX + "messages/")).toList();
                    boolean metadata = !details.isEmpty() && details.stream().allMatch(r -> r.param("format").equals(java.util.Optional.of("metadata"))
                            && r.params("metadataHeaders").containsAll(List.of("From", "To", "Subject", "Date")));
                    v.expect("GM-ACT-001", metadata, "each listed message read with format=metadata and metadataHeaders From, To, Subject, Date",
                            () -> details.stream().map(GmailRequest::line).toList().toString());
                    List<MailMessage> seeds = List.of(Seeds.LUNCH, Seeds.UNICODE, Seeds.ARCHIVED, Seeds.TRASHED, Seeds.BUILD);
                    List<JsonObject> visible = new ArrayList<>();
                    for (int i : List.of(4, 2, 1, 0)) { // newest first, without the message in the Trash
                        visible.add(Expected.summary(h.fake.message(ids.get(i)).orElseThrow(), seeds.get(i)));
                    }
                    JsonObject expectAll = Expected.list(visible);
                    JsonObject expectOne = Expected.list(visible.subList(0, 1));
                    v.expect(List.of("GM-ACT-001", "TOOL-INV-003"), done(defaults, expectAll) && done(chosen, expectOne),
                            "Done with " + expectAll + ", then " + expectOne, () -> "outcomes " + defaults + " and " + chosen);
                });
    }

    static Check<GmailHarness> getsMessages() {
        return Check.of("gets a multipart message, an ISO-8859-1 message and a prompt-injection attempt, bodies decoded",
                Set.of("GM-ACT-002", "TOOL-INV-003"), (h, v) -> {
                    List<MailMessage> seeds = List.of(Seeds.BUILD, Seeds.LATIN1, Seeds.INJECTION);
                    List<String> ids = seeds.stream().map(h::add).toList();
                    h.start();
                    StringBuilder wrong = new StringBuilder();
                    List<JsonObject> expected = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        JsonObject expect = Expected.message(h.fake.message(ids.get(i)).orElseThrow(), seeds.get(i));
                        expected.add(expect);
                        ToolOutcome outcome = h.call("get_message", args("id", ids.get(i)));
                        if (!done(outcome, expect)) {
                            wrong.append(ids.get(i)).append(": ").append(outcome).append("; ");
                        }
                    }
                    boolean full = h.fake.requests().stream().allMatch(r -> r.param("format").orElse("full").equals("full"));
                    v.expect(List.of("GM-ACT-002", "TOOL-INV-003"), wrong.isEmpty() && full,
                            "GET messages/{id}?format=full, and Done with " + expected,
                            () -> wrong + " requests " + h.fake.requests().stream().map(GmailRequest::line).toList());
                });
    }

    static boolean done(ToolOutcome outcome, JsonObject expected) {
        return outcome instanceof ToolOutcome.Done d && d.result().equals(expected);
    }
}
