package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks the Messages API makes on a request body before it generates anything, each answered with 400
 * {@code invalid_request_error} and a message naming the field in the API's style ({@code messages.1.role: ...}).
 */
final class RequestRules {
    static final int MAX_OUTPUT_TOKENS = 128_000;
    private static final Set<String> TOP_LEVEL = Set.of("model", "max_tokens", "messages", "system", "tools", "tool_choice",
            "metadata", "stop_sequences", "stream", "temperature", "top_k", "top_p", "thinking", "service_tier");
    private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern TOOL_USE_ID = Pattern.compile("[a-zA-Z0-9_-]+");
    private static final String EMPTY_TEXT = "messages: text content blocks must be non-empty";
    private static final String EMPTY_CONTENT =
            "messages: all messages must have non-empty content except for the optional final assistant message";

    private RequestRules() {}

    /** The first problem with {@code body}, if any. */
    static Optional<String> problem(JsonObject body) {
        for (String name : body.members().keySet()) {
            if (!TOP_LEVEL.contains(name)) {
                return Optional.of(name + ": Extra inputs are not permitted");
            }
        }
        if (!(body.members().get("model") instanceof JsonString)) {
            return Optional.of(body.members().containsKey("model") ? "model: Input should be a valid string" : "model: Field required");
        }
        Optional<String> maxTokens = maxTokens(body);
        if (maxTokens.isPresent()) {
            return maxTokens;
        }
        if (body.members().get("stream") instanceof JsonBoolean stream && stream.value()) {
            return Optional.of("stream: the conformance fake serves only non-streaming requests; this profile reads one JSON answer");
        }
        return system(body.members().get("system"))
                .or(() -> Messages.problem(body.members().get("messages")))
                .or(() -> tools(body.members().get("tools")))
                .or(() -> toolsDefinedFor(body));
    }

    /** A conversation with tool_use or tool_result blocks needs tool definitions (anthropic-sdk-python issue 494). */
    private static Optional<String> toolsDefinedFor(JsonObject body) {
        boolean toolBlocks = body.array("messages").objects().stream()
                .flatMap(m -> Messages.blocks(m.members().get("content")).stream())
                .anyMatch(b -> List.of("tool_use", "tool_result").contains(b.optString("type").orElse("")));
        boolean defined = body.optArray("tools").map(t -> t.size() > 0).orElse(false);
        return toolBlocks && !defined ? Optional.of("Requests which include tool_use or tool_result blocks must define tools.")
                : Optional.empty();
    }

    private static Optional<String> maxTokens(JsonObject body) {
        Json value = body.members().get("max_tokens");
        if (value == null) {
            return Optional.of("max_tokens: Field required");
        }
        if (!(value instanceof JsonNumber number) || number.value().stripTrailingZeros().scale() > 0) {
            return Optional.of("max_tokens: Input should be a valid integer");
        }
        if (number.value().signum() <= 0) {
            return Optional.of("max_tokens: Input should be greater than or equal to 1");
        }
        if (number.value().compareTo(java.math.BigDecimal.valueOf(MAX_OUTPUT_TOKENS)) > 0) {
            return Optional.of("max_tokens: " + number.value().toPlainString() + " > " + MAX_OUTPUT_TOKENS
                    + ", which is the maximum allowed number of output tokens for " + body.string("model"));
        }
        return Optional.empty();
    }

    private static Optional<String> system(Json system) {
        if (system == null || system instanceof JsonString) {
            return Optional.empty();
        }
        if (!(system instanceof JsonArray blocks)) {
            return Optional.of("system: Input should be a valid string");
        }
        for (Json block : blocks) {
            if (!(block instanceof JsonObject text) || !"text".equals(text.optString("type").orElse(""))) {
                return Optional.of("system: Input should be a valid list of text blocks");
            }
            if (text.optString("text").orElse("").isEmpty()) {
                return Optional.of("system: text content blocks must be non-empty");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tools(Json tools) {
        if (tools == null) {
            return Optional.empty();
        }
        if (!(tools instanceof JsonArray list)) {
            return Optional.of("tools: Input should be a valid list");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "tools." + i;
            if (!(list.get(i) instanceof JsonObject tool)) {
                return Optional.of(at + ": Input should be a valid dictionary");
            }
            for (String member : tool.members().keySet()) {
                if (!List.of("name", "description", "input_schema", "type", "cache_control").contains(member)) {
                    return Optional.of(at + "." + member + ": Extra inputs are not permitted");
                }
            }
            String name = tool.members().get("name") instanceof JsonString s ? s.value() : null;
            if (name == null || !TOOL_NAME.matcher(name).matches()) {
                return Optional.of(at + ".name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'");
            }
            if (tool.members().containsKey("description") && !(tool.members().get("description") instanceof JsonString)) {
                return Optional.of(at + ".description: Input should be a valid string");
            }
            if (!tool.members().containsKey("input_schema")) {
                return Optional.of(at + ".input_schema: Field required");
            }
            if (!(tool.members().get("input_schema") instanceof JsonObject schema)) {
                return Optional.of(at + ".input_schema: Input should be a valid dictionary");
            }
            if (!"object".equals(schema.optString("type").orElse(""))) {
                return Optional.of(at + ".input_schema.type: Input should be 'object'");
            }
            if (!names.add(name)) {
                return Optional.of("tools: Tool names must be unique.");
            }
        }
        return Optional.empty();
    }

    /** True for a valid {@code tool_use} id. */
    static boolean validToolUseId(String id) {
        return TOOL_USE_ID.matcher(id).matches();
    }

    static String emptyText() {
        return EMPTY_TEXT;
    }

    static String emptyContent() {
        return EMPTY_CONTENT;
    }
}
