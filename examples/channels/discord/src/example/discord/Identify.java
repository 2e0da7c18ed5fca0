package example.discord;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;

/** The Identify payload (op 2): token placeholder, the message intents, and connection properties. */
final class Identify {
    /** GUILD_MESSAGES (1 << 9), DIRECT_MESSAGES (1 << 12), MESSAGE_CONTENT (1 << 15). */
    static final long INTENTS = (1L << 9) | (1L << 12) | (1L << 15);

    private Identify() {}

    static JsonObject payload(String tokenPlaceholder) {
        return Json.object().put("op", 2).put("d", Json.object()
                .put("token", tokenPlaceholder)
                .put("intents", INTENTS)
                .put("properties", Json.object().put("os", "linux").put("browser", "pincer").put("device", "pincer").build())
                .build()).build();
    }
}
