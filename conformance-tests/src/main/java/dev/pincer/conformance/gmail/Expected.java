package dev.pincer.conformance.gmail;

import dev.pincer.conformance.fake.gmail.MailMessage;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;

/**
 * The results the profile defines (GM-ACT-001, GM-ACT-002, GM-ACT-005), built from what a check seeded and from
 * the message as the fake serves it.
 */
final class Expected {
    private Expected() {}

    /** A {@code list_messages} element. */
    static JsonObject summary(JsonObject served, MailMessage seeded) {
        return summaryBuilder(served, seeded).build();
    }

    /** A {@code get_message} result. */
    static JsonObject message(JsonObject served, MailMessage seeded) {
        JsonObject payload = served.object("payload");
        return summaryBuilder(served, seeded).put("cc", "").put("message_id", header(payload, "Message-ID"))
                .put("headers", payload.array("headers")).put("body", seeded.body()).build();
    }

    /** A {@code list_messages} result. */
    static JsonObject list(List<JsonObject> elements) {
        return Json.object().put("messages", Json.array(elements)).build();
    }

    /** {@code {"id", "threadId", "labels"}}: the result of trash and modify. */
    static JsonObject reference(JsonObject served) {
        return Json.object().put("id", served.string("id")).put("threadId", served.string("threadId"))
                .put("labels", labels(served)).build();
    }

    private static JsonObject.Builder summaryBuilder(JsonObject served, MailMessage seeded) {
        JsonObject payload = served.object("payload");
        return Json.object().put("id", served.string("id")).put("threadId", served.string("threadId"))
                .put("from", seeded.from()).put("to", seeded.to()).put("subject", seeded.subject())
                .put("date", header(payload, "Date")).put("snippet", served.string("snippet"))
                .put("labels", labels(served));
    }

    /** The labelIds, which Gmail leaves out when there are none. */
    private static Json labels(JsonObject served) {
        return served.optArray("labelIds").orElse(Json.array(List.of()));
    }

    private static String header(JsonObject payload, String name) {
        return payload.array("headers").objects().stream().filter(h -> h.string("name").equalsIgnoreCase(name))
                .map(h -> h.string("value")).findFirst().orElse("");
    }
}
