package dev.pincer.conformance.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body's {@code messages} as the API reads them: consecutive messages of one role joined into one turn,
 * a string content as one text block. Comparing turns lets an integration join user messages or not.
 */
final class Turns {
    /** One turn: a role and its blocks, in order. */
    record Turn(String role, List<JsonObject> blocks) {}

    private Turns() {}

    static List<Turn> of(JsonObject body) {
        List<Turn> turns = new ArrayList<>();
        if (!(body.members().get("messages") instanceof JsonArray messages)) {
            return turns;
        }
        for (Json value : messages) {
            if (!(value instanceof JsonObject message)) {
                continue;
            }
            String role = message.optString("role").orElse("");
            List<JsonObject> blocks = blocks(message.members().get("content"));
            if (!turns.isEmpty() && turns.getLast().role().equals(role)) {
                turns.getLast().blocks().addAll(blocks);
            } else {
                turns.add(new Turn(role, new ArrayList<>(blocks)));
            }
        }
        return turns;
    }

    private static List<JsonObject> blocks(Json content) {
        if (content instanceof JsonString text) {
            return List.of(Json.object().put("type", "text").put("text", text.value()).build());
        }
        List<JsonObject> blocks = new ArrayList<>();
        if (content instanceof JsonArray array) {
            array.forEach(b -> {
                if (b instanceof JsonObject block) {
                    blocks.add(block);
                }
            });
        }
        return blocks;
    }

    /** The system text of a body: the string, or the texts of its blocks joined; empty when absent. */
    static Optional<String> system(JsonObject body) {
        Json system = body.members().get("system");
        if (system instanceof JsonString text) {
            return Optional.of(text.value());
        }
        if (system instanceof JsonArray blocks) {
            StringBuilder text = new StringBuilder();
            blocks.forEach(b -> text.append(b instanceof JsonObject o ? o.optString("text").orElse("") : ""));
            return Optional.of(text.toString());
        }
        return Optional.empty();
    }

    /** The text of a tool_result's content: the string, or its text blocks joined; empty when absent. */
    static String resultText(JsonObject block) {
        Json content = block.members().get("content");
        if (content instanceof JsonString text) {
            return text.value();
        }
        StringBuilder text = new StringBuilder();
        if (content instanceof JsonArray blocks) {
            blocks.forEach(b -> text.append(b instanceof JsonObject o ? o.optString("text").orElse("") : ""));
        }
        return text.toString();
    }

    /** A short description of turns for a report: roles and block types. */
    static String describe(List<Turn> turns) {
        return turns.stream().map(t -> t.role() + t.blocks().stream().map(b -> b.optString("type").orElse("?")).toList()).toList()
                .toString();
    }
}
