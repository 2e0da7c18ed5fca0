package dev.pincer.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pincer.spi.Content;
import dev.pincer.spi.Sender;
import java.util.ArrayList;
import java.util.List;

/** The JSON forms of a message's content and sender, and of platform id lists, as stored in their columns. */
final class MessageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {}

    static String write(Content content) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (content) {
            case Content.Text text -> node.put("type", "text").put("text", text.text());
            case Content.Edited edited -> node.put("type", "edited")
                    .put("originalMessageId", edited.originalMessageId())
                    .put("text", edited.text());
            case Content.Unsupported unsupported -> node.put("type", "unsupported")
                    .put("kind", unsupported.kind())
                    .put("caption", unsupported.caption());
        }
        return node.toString();
    }

    static Content readContent(String json) {
        JsonNode node = parse(json, "content");
        String type = text(node, "type", json);
        return switch (type) {
            case "text" -> new Content.Text(text(node, "text", json));
            case "edited" -> new Content.Edited(text(node, "originalMessageId", json), text(node, "text", json));
            case "unsupported" -> new Content.Unsupported(text(node, "kind", json), text(node, "caption", json));
            default -> throw new StoreException("stored content has type '" + type
                    + "', but this Pincer knows only text, edited and unsupported: " + json);
        };
    }

    static String write(Sender sender) {
        return MAPPER.createObjectNode()
                .put("id", sender.id())
                .put("displayName", sender.displayName())
                .put("bot", sender.bot())
                .toString();
    }

    static Sender readSender(String json) {
        JsonNode node = parse(json, "sender");
        JsonNode bot = node.get("bot");
        if (bot == null || !bot.isBoolean()) {
            throw new StoreException("stored sender has no boolean 'bot': " + json);
        }
        return new Sender(text(node, "id", json), text(node, "displayName", json), bot.booleanValue());
    }

    static String write(List<String> ids) {
        ArrayNode array = MAPPER.createArrayNode();
        ids.forEach(array::add);
        return array.toString();
    }

    static List<String> readIds(String json) {
        JsonNode node = parse(json, "platform message ids");
        if (!node.isArray()) {
            throw new StoreException("stored platform message ids are not a JSON array: " + json);
        }
        List<String> ids = new ArrayList<>();
        node.forEach(id -> ids.add(id.asText()));
        return List.copyOf(ids);
    }

    private static JsonNode parse(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + what + " is not valid JSON (" + e.getOriginalMessage() + "): " + json, e);
        }
    }

    private static String text(JsonNode node, String field, String json) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new StoreException("stored JSON has no text field '" + field + "': " + json);
        }
        return value.textValue();
    }
}
