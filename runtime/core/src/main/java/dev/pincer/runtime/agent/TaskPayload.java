package dev.pincer.runtime.agent;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;

/** What a scheduled task stores: the conversation it belongs to and the text handed to the agent when due. */
record TaskPayload(ConversationRef conversation, String text) {

    static TaskPayload of(ConversationRef conversation, String text) {
        return new TaskPayload(conversation, text);
    }

    static Optional<TaskPayload> parse(String payload) {
        try {
            JsonObject json = Json.parseObject(payload);
            return Optional.of(new TaskPayload(new ConversationRef(json.string("integration"), json.string("conversation")),
                    json.string("text")));
        } catch (JsonException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    String toJson() {
        return Json.object().put("integration", conversation.integration())
                .put("conversation", conversation.conversation()).put("text", text).build().toString();
    }
}
