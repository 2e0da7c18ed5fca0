package example.anthropic;

import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ModelResult.StopReason;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message answer into a {@link ModelResult.Reply}: text blocks joined in order, tool_use blocks as calls,
 * other block types skipped, {@code stop_reason} by the profile's table, and usage with the cached input counted.
 * An answer it cannot read becomes {@link ModelResult.Failed}, never a partial reply.
 */
final class ReplyReader {
    private ReplyReader() {}

    static ModelResult read(JsonObject message) {
        try {
            return reply(message);
        } catch (MalformedAnswer e) {
            return new ModelResult.Failed("Anthropic's answer could not be read: " + e.getMessage());
        }
    }

    private static ModelResult.Reply reply(JsonObject message) {
        if (!(message.members().get("content") instanceof JsonArray content)) {
            throw new MalformedAnswer("'content' is missing or not an array");
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            if (!(content.get(i) instanceof JsonObject block)) {
                throw new MalformedAnswer("content[" + i + "] is not an object");
            }
            String type = block.members().get("type") instanceof JsonString s ? s.value() : "";
            switch (type) {
                case "text" -> text.append(string(block, "text", i));
                case "tool_use" -> calls.add(toolCall(block, i));
                default -> { } // thinking, server tool blocks and types a later API version adds
            }
        }
        StopReason stopReason = stopReason(message.members().get("stop_reason"));
        if (stopReason == StopReason.TOOL_USE && calls.isEmpty()) {
            throw new MalformedAnswer("stop_reason is tool_use but the content has no tool_use block");
        }
        return new ModelResult.Reply(text.toString(), calls, stopReason, usage(message.members().get("usage")));
    }

    private static ToolCall toolCall(JsonObject block, int index) {
        String id = string(block, "id", index);
        String name = string(block, "name", index);
        if (id.isBlank() || name.isBlank()) {
            throw new MalformedAnswer("content[" + index + "] is a tool_use block with a blank id or name");
        }
        if (!(block.members().get("input") instanceof JsonObject input)) {
            throw new MalformedAnswer("content[" + index + "] is a tool_use block whose input is not a JSON object");
        }
        return new ToolCall(id, name, input);
    }

    private static String string(JsonObject block, String member, int index) {
        if (block.members().get(member) instanceof JsonString value) {
            return value.value();
        }
        throw new MalformedAnswer("content[" + index + "]." + member + " is missing or not a string");
    }

    /** The profile's table; {@code null}, an absent value and unknown values are OTHER. */
    static StopReason stopReason(Json value) {
        String reason = value instanceof JsonString s ? s.value() : "";
        return switch (reason) {
            case "end_turn" -> StopReason.END_TURN;
            case "tool_use" -> StopReason.TOOL_USE;
            case "max_tokens", "model_context_window_exceeded" -> StopReason.MAX_TOKENS;
            case "refusal" -> StopReason.REFUSAL;
            default -> StopReason.OTHER; // stop_sequence, pause_turn, and values a later API version adds
        };
    }

    private static ModelResult.Usage usage(Json value) {
        if (!(value instanceof JsonObject usage)) {
            throw new MalformedAnswer("'usage' is missing or not an object");
        }
        long input = count(usage, "input_tokens") + count(usage, "cache_creation_input_tokens") + count(usage, "cache_read_input_tokens");
        return new ModelResult.Usage(input, count(usage, "output_tokens"));
    }

    /** A token count; 0 when absent or null. */
    private static long count(JsonObject usage, String member) {
        Json value = usage.members().get(member);
        if (value == null || value instanceof dev.pincer.spi.json.JsonNull) {
            return 0;
        }
        if (value instanceof JsonNumber number && number.value().signum() >= 0) {
            try {
                return number.value().longValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw new MalformedAnswer("usage." + member + " is not a whole number of tokens: " + value);
    }

    /** An answer that breaks the message's shape; its message says where. */
    private static final class MalformedAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedAnswer(String message) {
            super(message);
        }
    }
}
