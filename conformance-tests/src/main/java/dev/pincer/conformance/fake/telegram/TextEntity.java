package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Comparator;
import java.util.Objects;

/**
 * One formatting entity; offset and length are in UTF-16 code units, as in the Bot API.
 *
 * @param argument the URL of a text link, the language of a pre block, the custom emoji id or the mentioned
 *     user id; empty otherwise
 */
record TextEntity(EntityType type, int offset, int length, String argument) {

    /** TDLib's order: by offset, then longer first, then by type. */
    static final Comparator<TextEntity> ORDER = Comparator.comparingInt(TextEntity::offset)
            .thenComparing(Comparator.comparingInt(TextEntity::length).reversed())
            .thenComparing(TextEntity::type);

    TextEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(argument, "argument");
    }

    JsonObject toJson() {
        JsonObject.Builder json = Json.object().put("offset", offset).put("length", length)
                .put("type", type.botApiName());
        switch (type) {
            case TEXT_URL -> json.put("url", argument);
            case PRE_CODE -> json.put("language", argument);
            case CUSTOM_EMOJI -> json.put("custom_emoji_id", argument);
            case MENTION_NAME -> json.put("user", Json.object()
                    .put("id", Long.parseLong(argument)).put("is_bot", false).put("first_name", "User").build());
            default -> { }
        }
        return json.build();
    }
}
