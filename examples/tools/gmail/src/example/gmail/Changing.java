package example.gmail;

import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** The three changes: {@code send_message}, {@code delete_message} (to the Trash) and {@code move_message}. */
final class Changing {
    private static final String THREAD_HEADERS = "?format=metadata&metadataHeaders=Message-ID&metadataHeaders=References";

    private final Caller caller;

    Changing(Caller caller) {
        this.caller = caller;
    }

    ToolOutcome send(JsonObject args) throws InterruptedException {
        Optional<String> inReplyTo = args.optString("in_reply_to");
        Optional<String> messageId = Optional.empty();
        Optional<String> references = Optional.empty();
        Optional<String> threadId = Optional.empty();
        if (inReplyTo.isPresent()) {
            Reply original = caller.read("reading message " + inReplyTo.get() + " to reply to it",
                    "messages/" + inReplyTo.get() + THREAD_HEADERS);
            if (original instanceof Reply.Final end) {
                return end.outcome();
            }
            JsonObject answered = ((Reply.Data) original).body();
            JsonObject payload = answered.object("payload");
            threadId = Optional.of(answered.string("threadId"));
            messageId = Headers.raw(payload, "Message-ID");
            Optional<String> earlier = Headers.raw(payload, "References");
            references = messageId.map(id -> earlier.map(e -> e + " " + id).orElse(id));
        }
        OutgoingMessage message = new OutgoingMessage(args.string("to"), args.optString("cc"), args.string("subject"),
                args.string("body"), messageId, references);
        JsonObject.Builder request = Json.object().put("raw", message.raw());
        threadId.ifPresent(id -> request.put("threadId", id));
        Reply sent = caller.change("sending the message to " + args.string("to"), "messages/send", request.build());
        return done(sent, body -> Json.object().put("id", body.string("id")).put("threadId", body.string("threadId")).build());
    }

    ToolOutcome trash(String id) throws InterruptedException {
        Reply reply = caller.change("moving message " + id + " to the Trash", "messages/" + id + "/trash", Json.object().build());
        return done(reply, Changing::reference);
    }

    ToolOutcome relabel(String id, JsonObject args) throws InterruptedException {
        List<Json> add = labels(args, "add_labels");
        List<Json> remove = labels(args, "remove_labels");
        if (add.isEmpty() && remove.isEmpty()) {
            return new ToolOutcome.Failed("move_message needs add_labels or remove_labels with at least one label id,"
                    + " such as remove_labels [\"INBOX\"] to archive");
        }
        JsonObject.Builder request = Json.object();
        if (!add.isEmpty()) {
            request.put("addLabelIds", Json.array(add));
        }
        if (!remove.isEmpty()) {
            request.put("removeLabelIds", Json.array(remove));
        }
        Reply reply = caller.change("relabelling message " + id, "messages/" + id + "/modify", request.build());
        return done(reply, Changing::reference);
    }

    private static List<Json> labels(JsonObject args, String name) {
        return args.optArray(name).map(JsonArray::elements).orElse(List.of());
    }

    private static Json reference(JsonObject message) {
        return Json.object().put("id", message.string("id")).put("threadId", message.string("threadId"))
                .put("labels", message.optArray("labelIds").orElse(Json.array(List.of()))).build();
    }

    private interface Mapping {
        Json apply(JsonObject body);
    }

    private static ToolOutcome done(Reply reply, Mapping mapping) {
        if (reply instanceof Reply.Final end) {
            return end.outcome();
        }
        return new ToolOutcome.Done(mapping.apply(((Reply.Data) reply).body()));
    }
}
