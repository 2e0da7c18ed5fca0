package dev.pincer.conformance.slack;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;

/** Event callbacks the checks send, in the shape of the spec's fixtures, and small readings shared by the checks. */
final class Events {
    static final String CHANNEL = "C0A1B2C3D4E";
    static final String OTHER_CHANNEL = "C0B2C3D4E5F";
    static final String USER = "U0ADA00001";

    private Events() {}

    /** A {@code message} event callback with a plain text. */
    static String message(String eventId, String channel, String user, String text, String ts) {
        return callback(eventId, Json.object().put("type", "message").put("channel", channel).put("user", user)
                .put("text", text).put("ts", ts).put("event_ts", ts).put("channel_type", "channel").build());
    }

    /** An {@code event_callback} around {@code event}. */
    static String callback(String eventId, JsonObject event) {
        return Json.object().put("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl").put("team_id", "T0TEAM0001")
                .put("api_app_id", "A0APP00001").put("event", event).put("type", "event_callback")
                .put("event_id", eventId).put("event_time", 1767603600L).build().toString();
    }

    /** A {@code ts} for the n-th test message. */
    static String ts(int n) {
        return "17676036" + String.format(java.util.Locale.ROOT, "%02d.%06d", n % 100, n);
    }
}
