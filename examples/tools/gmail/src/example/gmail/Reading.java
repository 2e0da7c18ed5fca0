package example.gmail;

import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The two reads: {@code list_messages} and {@code get_message}, with their results as the profile defines them. */
final class Reading {
    private static final String SUMMARY_HEADERS = "&metadataHeaders=From&metadataHeaders=To&metadataHeaders=Subject"
            + "&metadataHeaders=Date";

    private final Caller caller;

    Reading(Caller caller) {
        this.caller = caller;
    }

    ToolOutcome list(JsonObject args) throws InterruptedException {
        StringBuilder query = new StringBuilder("messages?maxResults=").append(args.optLong("limit").orElse(20L));
        args.optString("query").ifPresent(q -> query.append("&q=").append(encode(q)));
        args.optString("label").ifPresent(l -> query.append("&labelIds=").append(encode(l)));
        Reply listed = caller.read("listing the messages", query.toString());
        if (listed instanceof Reply.Final end) {
            return end.outcome();
        }
        List<Json> messages = new ArrayList<>();
        for (JsonObject item : ((Reply.Data) listed).body().optArray("messages").map(JsonArray::objects).orElse(List.of())) {
            String id = item.string("id");
            Reply detail = caller.read("reading message " + id, "messages/" + encode(id) + "?format=metadata" + SUMMARY_HEADERS);
            if (detail instanceof Reply.Final end) {
                return end.outcome();
            }
            messages.add(summary(((Reply.Data) detail).body()).build());
        }
        return new ToolOutcome.Done(Json.object().put("messages", Json.array(messages)).build());
    }

    ToolOutcome get(String id) throws InterruptedException {
        Reply reply = caller.read("reading message " + id, "messages/" + id + "?format=full");
        if (reply instanceof Reply.Final end) {
            return end.outcome();
        }
        JsonObject message = ((Reply.Data) reply).body();
        JsonObject payload = message.object("payload");
        return new ToolOutcome.Done(summary(message).put("cc", Headers.decoded(payload, "Cc"))
                .put("message_id", Headers.raw(payload, "Message-ID").orElse(""))
                .put("headers", payload.optArray("headers").orElse(Json.array(List.of())))
                .put("body", Headers.plainText(payload).orElse("")).build());
    }

    /** The members a listed message and a read message share. */
    private static JsonObject.Builder summary(JsonObject message) {
        JsonObject payload = message.object("payload");
        return Json.object().put("id", message.string("id")).put("threadId", message.string("threadId"))
                .put("from", Headers.decoded(payload, "From")).put("to", Headers.decoded(payload, "To"))
                .put("subject", Headers.decoded(payload, "Subject")).put("date", Headers.decoded(payload, "Date"))
                .put("snippet", message.string("snippet"))
                .put("labels", message.optArray("labelIds").orElse(Json.array(List.of())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
