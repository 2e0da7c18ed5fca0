package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API's rules for {@code messages}: roles, content blocks, non-empty texts, and {@code tool_use} ids answered
 * by {@code tool_result} blocks at the start of the next user turn (consecutive messages of one role form one turn,
 * as the API joins them).
 */
final class Messages {
    private Messages() {}

    /** The first problem with the {@code messages} member, if any. */
    static Optional<String> problem(Json messages) {
        if (messages == null) {
            return Optional.of("messages: Field required");
        }
        if (!(messages instanceof JsonArray list)) {
            return Optional.of("messages: Input should be a valid list");
        }
        if (list.size() == 0) {
            return Optional.of("messages: at least one message is required");
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "messages." + i;
            if (!(list.get(i) instanceof JsonObject message)) {
                return Optional.of(at + ": Input should be a valid dictionary");
            }
            String role = message.members().get("role") instanceof JsonString s ? s.value() : "";
            if (!role.equals("user") && !role.equals("assistant")) {
                return Optional.of(at + ".role: Input should be 'user' or 'assistant'");
            }
            boolean last = i == list.size() - 1;
            Optional<String> contentProblem = content(at, role, message.members().get("content"), last);
            if (contentProblem.isPresent()) {
                return contentProblem;
            }
            List<JsonObject> blocks = blocks(message.members().get("content"));
            if (!turns.isEmpty() && turns.getLast().role.equals(role)) {
                turns.getLast().blocks.addAll(blocks);
            } else {
                turns.add(new Turn(role, i, new ArrayList<>(blocks)));
            }
        }
        return pairing(turns);
    }

    private static Optional<String> content(String at, String role, Json content, boolean last) {
        if (content instanceof JsonString text) {
            return text.value().isEmpty() && !(last && role.equals("assistant"))
                    ? Optional.of(RequestRules.emptyContent()) : Optional.empty();
        }
        if (!(content instanceof JsonArray blocks)) {
            return Optional.of(content == null ? at + ".content: Field required" : at + ".content: Input should be a valid list");
        }
        if (blocks.size() == 0 && !(last && role.equals("assistant"))) {
            return Optional.of(RequestRules.emptyContent());
        }
        for (int j = 0; j < blocks.size(); j++) {
            Optional<String> problem = block(at + ".content." + j, role, blocks.get(j));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> block(String at, String role, Json value) {
        if (!(value instanceof JsonObject block)) {
            return Optional.of(at + ": Input should be a valid dictionary");
        }
        String type = block.members().get("type") instanceof JsonString s ? s.value() : "";
        return switch (type) {
            case "text" -> block.members().get("text") instanceof JsonString text
                    ? (text.value().isEmpty() ? Optional.of(RequestRules.emptyText()) : Optional.empty())
                    : Optional.of(at + ".text.text: Field required");
            case "tool_use" -> role.equals("assistant") ? toolUse(at, block)
                    : Optional.of(at + ": tool_use blocks are only allowed in assistant messages");
            case "tool_result" -> role.equals("user") ? toolResult(at, block)
                    : Optional.of(at + ": tool_result blocks are only allowed in user messages");
            default -> Optional.of(at + ": Input tag '" + type + "' found using 'type' does not match any of the expected tags:"
                    + " 'text', 'image', 'document', 'tool_use', 'tool_result'");
        };
    }

    private static Optional<String> toolUse(String at, JsonObject block) {
        if (!(block.members().get("id") instanceof JsonString id) || !RequestRules.validToolUseId(id.value())) {
            return Optional.of(at + ".tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'");
        }
        if (!(block.members().get("name") instanceof JsonString name) || name.value().isEmpty()) {
            return Optional.of(at + ".tool_use.name: Field required");
        }
        if (!(block.members().get("input") instanceof JsonObject)) {
            return Optional.of(at + ".tool_use.input: Input should be a valid dictionary");
        }
        return Optional.empty();
    }

    private static Optional<String> toolResult(String at, JsonObject block) {
        if (!(block.members().get("tool_use_id") instanceof JsonString)) {
            return Optional.of(at + ".tool_result.tool_use_id: Field required");
        }
        Json content = block.members().get("content");
        if (content != null && !(content instanceof JsonString) && !(content instanceof JsonArray)) {
            return Optional.of(at + ".tool_result.content: Input should be a valid string or a list of blocks");
        }
        Json isError = block.members().get("is_error");
        if (isError != null && !(isError instanceof JsonBoolean)) {
            return Optional.of(at + ".tool_result.is_error: Input should be a valid boolean");
        }
        return Optional.empty();
    }

    private static Optional<String> pairing(List<Turn> turns) {
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            Set<String> previousCalls = t > 0 && turns.get(t - 1).role.equals("assistant") ? ids(turns.get(t - 1), "tool_use", "id")
                    : Set.of();
            if (turn.role.equals("user")) {
                for (String result : ids(turn, "tool_result", "tool_use_id")) {
                    if (!previousCalls.contains(result)) {
                        return Optional.of("messages." + turn.firstIndex + ".content: unexpected `tool_use_id` found in `tool_result`"
                                + " blocks: " + result + ". Each `tool_result` block must have a corresponding `tool_use` block in"
                                + " the previous message.");
                    }
                }
            }
            Set<String> calls = turn.role.equals("assistant") ? ids(turn, "tool_use", "id") : Set.of();
            if (!calls.isEmpty() && t + 1 < turns.size()) {
                Set<String> missing = new LinkedHashSet<>(calls);
                missing.removeAll(leadingResults(turns.get(t + 1)));
                if (!missing.isEmpty()) {
                    return Optional.of("messages." + turns.get(t + 1).firstIndex + ": `tool_use` ids were found without"
                            + " `tool_result` blocks immediately after: " + String.join(", ", missing) + ". Each `tool_use` block"
                            + " must have a corresponding `tool_result` block in the next message.");
                }
            }
        }
        return Optional.empty();
    }

    /** The ids of the tool_result blocks that open a user turn, before any other block. */
    private static Set<String> leadingResults(Turn turn) {
        Set<String> ids = new LinkedHashSet<>();
        if (!turn.role.equals("user")) {
            return ids;
        }
        for (JsonObject block : turn.blocks) {
            if (!"tool_result".equals(block.optString("type").orElse(""))) {
                break;
            }
            ids.add(block.string("tool_use_id"));
        }
        return ids;
    }

    private static Set<String> ids(Turn turn, String type, String member) {
        Set<String> ids = new LinkedHashSet<>();
        turn.blocks.stream().filter(b -> type.equals(b.optString("type").orElse(""))).forEach(b -> ids.add(b.string(member)));
        return ids;
    }

    /** The blocks of a content member; a string is one text block. */
    static List<JsonObject> blocks(Json content) {
        if (content instanceof JsonString text) {
            return List.of(Json.object().put("type", "text").put("text", text.value()).build());
        }
        return content instanceof JsonArray array ? array.objects() : List.of();
    }

    private record Turn(String role, int firstIndex, List<JsonObject> blocks) {}
}
