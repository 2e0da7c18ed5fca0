package dev.pincer.conformance.gmail;

import static dev.pincer.conformance.gmail.GmailHarness.args;
import static dev.pincer.conformance.gmail.ReadingChecks.done;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Set;

/** delete_message (to the Trash) and move_message (labels), each once per call id. */
final class LabelChecks {
    private LabelChecks() {}

    static List<Check<GmailHarness>> all() {
        return List.of(trashesMessages(), relabelsMessages());
    }

    static Check<GmailHarness> trashesMessages() {
        return Check.of("moves a message to the Trash, never deletes it for good, and not twice for one call id",
                Set.of("GM-ACT-005", "TOOL-INV-003", "TOOL-INV-005"), (h, v) -> {
                    String id = h.add(Seeds.LUNCH);
                    h.start();
                    ToolOutcome outcome = h.call("delete_message", args("id", id));
                    ToolInvocation first = h.calls().getLast().invocation();
                    JsonObject expected = Expected.reference(h.fake.message(id).orElseThrow());
                    List<String> methods = h.fake.requests().stream().map(GmailRequest::line).toList();
                    v.expect(List.of("GM-ACT-005", "TOOL-INV-003"), h.fake.trashed().equals(List.of(id)) && h.fake.deleted().isEmpty()
                            && h.fake.labelsOf(id).contains("TRASH") && done(outcome, expected),
                            "POST messages/" + id + "/trash only, the message in the Trash, and Done with " + expected,
                            () -> "requests " + methods + ", trashed " + h.fake.trashed() + ", deleted " + h.fake.deleted() + ", outcome " + outcome);
                    h.restart();
                    ToolOutcome again = h.invoke(first);
                    v.expect("TOOL-INV-005", h.requests("POST").size() == 1 && done(again, expected),
                            "after a restart, the same call id returns the first result without another POST",
                            () -> h.requests("POST").size() + " POSTs; the second call returned " + again);
                });
    }

    static Check<GmailHarness> relabelsMessages() {
        return Check.of("archives one message and marks another read and starred; refuses a call without labels",
                Set.of("GM-ACT-006", "TOOL-INV-003", "TOOL-INV-005"), (h, v) -> {
                    String lunch = h.add(Seeds.LUNCH);
                    String build = h.add(Seeds.BUILD);
                    h.start();
                    ToolOutcome archived = h.call("move_message", args("id", lunch, "remove_labels", List.of("INBOX")));
                    ToolInvocation first = h.calls().getLast().invocation();
                    ToolOutcome starred = h.call("move_message", args("id", build, "add_labels", List.of("STARRED"),
                            "remove_labels", List.of("UNREAD")));
                    List<GmailRequest> posts = h.requests("POST");
                    JsonObject archiveBody = Json.object().put("removeLabelIds", Json.array(List.of(Json.of("INBOX")))).build();
                    JsonObject starBody = Json.object().put("addLabelIds", Json.array(List.of(Json.of("STARRED"))))
                            .put("removeLabelIds", Json.array(List.of(Json.of("UNREAD")))).build();
                    boolean bodies = posts.size() == 2 && posts.get(0).path().equals(GmailHarness.MAILBOX + "messages/" + lunch + "/modify")
                            && parses(posts.get(0).body(), archiveBody) && parses(posts.get(1).body(), starBody);
                    v.expect("GM-ACT-006", bodies, "POST messages/{id}/modify with exactly " + archiveBody + ", then " + starBody,
                            () -> posts.stream().map(p -> p.line() + " " + p.body()).toList().toString());
                    JsonObject expectArchived = Expected.reference(h.fake.message(lunch).orElseThrow());
                    JsonObject expectStarred = Expected.reference(h.fake.message(build).orElseThrow());
                    v.expect(List.of("GM-ACT-006", "TOOL-INV-003"), h.fake.labelsOf(lunch).equals(List.of("UNREAD"))
                                    && h.fake.labelsOf(build).equals(List.of("INBOX", "STARRED")) && done(archived, expectArchived)
                                    && done(starred, expectStarred),
                            "labels [UNREAD] and [INBOX, STARRED], and Done with " + expectArchived + ", then " + expectStarred,
                            () -> "labels " + h.fake.labelsOf(lunch) + " and " + h.fake.labelsOf(build) + "; outcomes " + archived + " and " + starred);
                    ToolOutcome empty = h.call("move_message", args("id", lunch, "add_labels", List.of()));
                    v.expect("GM-ACT-006", empty instanceof ToolOutcome.Failed && h.requests("POST").size() == 2,
                            "Failed without a request for a call with no label to add or remove", () -> "outcome " + empty);
                    h.restart();
                    ToolOutcome again = h.invoke(first);
                    List<FakeGmail.LabelChange> changes = h.fake.relabelled();
                    v.expect("TOOL-INV-005", changes.size() == 2 && done(again, expectArchived),
                            "after a restart, the same call id returns the first result without another modify",
                            () -> changes.size() + " relabellings; the second call returned " + again);
                });
    }

    private static boolean parses(String body, JsonObject expected) {
        try {
            return Json.parse(body).equals(expected);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
