package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.nio.charset.StandardCharsets;

/** The fake's token count: one token per four UTF-8 bytes of text, rounded up; a stand-in for the real tokenizer. */
final class Tokens {
    private Tokens() {}

    /** The input tokens of a valid request: system, message texts, tool inputs and results, and tool definitions. */
    static long input(JsonObject request) {
        long bytes = text(request.members().get("system"));
        for (Json message : request.optArray("messages").orElse(Json.array(java.util.List.of()))) {
            if (message instanceof JsonObject m) {
                for (JsonObject block : Messages.blocks(m.members().get("content"))) {
                    bytes += blockBytes(block);
                }
            }
        }
        bytes += request.optArray("tools").map(t -> utf8(t.toString())).orElse(0L);
        return ceilQuarter(bytes);
    }

    /** The output tokens of content blocks; at least 1. */
    static long output(Json content) {
        long bytes = 0;
        if (content instanceof JsonArray blocks) {
            for (Json block : blocks) {
                if (block instanceof JsonObject b) {
                    bytes += blockBytes(b);
                }
            }
        }
        return Math.max(1, ceilQuarter(bytes));
    }

    private static long blockBytes(JsonObject block) {
        return switch (block.optString("type").orElse("")) {
            case "text" -> utf8(block.optString("text").orElse(""));
            case "tool_use" -> utf8(block.optString("name").orElse("")) + block.optObject("input").map(i -> utf8(i.toString())).orElse(0L);
            case "tool_result" -> text(block.members().get("content"));
            default -> 0;
        };
    }

    /** The bytes of a string, or of the texts of a list of blocks. */
    private static long text(Json value) {
        if (value instanceof JsonString s) {
            return utf8(s.value());
        }
        long bytes = 0;
        if (value instanceof JsonArray blocks) {
            for (Json block : blocks) {
                if (block instanceof JsonObject b) {
                    bytes += blockBytes(b);
                }
            }
        }
        return bytes;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long ceilQuarter(long bytes) {
        return (bytes + 3) / 4;
    }
}
