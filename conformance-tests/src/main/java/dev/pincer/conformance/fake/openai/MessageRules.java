package dev.pincer.conformance.fake.openai;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * OpenAI's checks of {@code messages}: roles, content types, and that every {@code tool_calls} entry is answered
 * by a {@code tool} message before the conversation goes on (and no {@code tool} message answers nothing).
 */
final class MessageRules {
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    private MessageRules() {}

    static void check(Optional<Json> messages) throws InvalidRequest {
        if (messages.isEmpty()) {
            throw InvalidRequest.missing("messages");
        }
        if (!(messages.get() instanceof JsonArray list)) {
            throw InvalidRequest.type("messages", "an array", messages.get().kind());
        }
        if (list.size() == 0) {
            throw InvalidRequest.emptyArray("messages");
        }
        Set<String> pending = new LinkedHashSet<>();
        int callingMessage = -1;
        for (int i = 0; i < list.size(); i++) {
            String at = "messages[" + i + "]";
            if (!(list.get(i) instanceof JsonObject message)) {
                throw InvalidRequest.type(at, "an object", list.get(i).kind());
            }
            String role = role(message, at);
            if (role.equals("tool")) {
                answer(message, at, i, pending, callingMessage);
                continue;
            }
            unanswered(pending, callingMessage);
            callingMessage = -1;
            if (role.equals("assistant")) {
                Set<String> calls = toolCalls(message, at);
                if (calls.isEmpty()) {
                    content(message, at, true);
                } else {
                    pending.addAll(calls);
                    callingMessage = i;
                    content(message, at, false);
                }
            } else {
                content(message, at, true);
            }
        }
        unanswered(pending, callingMessage);
    }

    private static String role(JsonObject message, String at) throws InvalidRequest {
        if (!(message.get("role").orElse(null) instanceof JsonString role)) {
            throw InvalidRequest.missing(at + ".role");
        }
        if (!ROLES.contains(role.value())) {
            throw new InvalidRequest("Invalid value: '" + role.value() + "'. Supported values are: 'system', 'assistant',"
                    + " 'user', 'function', 'tool', and 'developer'.", at + ".role", "invalid_value");
        }
        return role.value();
    }

    /** Content must be a string or an array of parts; {@code required} unless the message calls tools. */
    private static void content(JsonObject message, String at, boolean required) throws InvalidRequest {
        Optional<Json> content = message.get("content");
        if (content.isEmpty() || content.get() instanceof JsonNull) {
            if (required) {
                throw InvalidRequest.missing(at + ".content");
            }
            return;
        }
        if (!(content.get() instanceof JsonString) && !(content.get() instanceof JsonArray)) {
            throw InvalidRequest.type(at + ".content", "one of a string or array of objects", content.get().kind());
        }
    }

    private static Set<String> toolCalls(JsonObject message, String at) throws InvalidRequest {
        Optional<Json> value = message.get("tool_calls");
        Set<String> ids = new LinkedHashSet<>();
        if (value.isEmpty() || value.get() instanceof JsonNull) {
            return ids;
        }
        if (!(value.get() instanceof JsonArray calls)) {
            throw InvalidRequest.type(at + ".tool_calls", "an array", value.get().kind());
        }
        if (calls.size() == 0) {
            throw InvalidRequest.emptyArray(at + ".tool_calls");
        }
        for (int j = 0; j < calls.size(); j++) {
            String callAt = at + ".tool_calls[" + j + "]";
            if (!(calls.get(j) instanceof JsonObject call)) {
                throw InvalidRequest.type(callAt, "an object", calls.get(j).kind());
            }
            if (!(call.get("id").orElse(null) instanceof JsonString id)) {
                throw InvalidRequest.missing(callAt + ".id");
            }
            if (!(call.get("function").orElse(null) instanceof JsonObject function)) {
                throw InvalidRequest.missing(callAt + ".function");
            }
            if (!(function.get("name").orElse(null) instanceof JsonString)) {
                throw InvalidRequest.missing(callAt + ".function.name");
            }
            Optional<Json> arguments = function.get("arguments");
            if (arguments.isEmpty()) {
                throw InvalidRequest.missing(callAt + ".function.arguments");
            }
            if (!(arguments.get() instanceof JsonString)) {
                throw InvalidRequest.type(callAt + ".function.arguments", "a string", arguments.get().kind());
            }
            ids.add(id.value());
        }
        return ids;
    }

    private static void answer(JsonObject message, String at, int index, Set<String> pending, int callingMessage)
            throws InvalidRequest {
        if (!(message.get("tool_call_id").orElse(null) instanceof JsonString id)) {
            throw new InvalidRequest("Missing parameter 'tool_call_id': messages with role 'tool' must have a"
                    + " 'tool_call_id'.", "messages.[" + index + "].tool_call_id", null);
        }
        if (callingMessage < 0 || !pending.remove(id.value())) {
            throw new InvalidRequest("Invalid parameter: messages with role 'tool' must be a response to a preceeding"
                    + " message with 'tool_calls'.", "messages.[" + index + "].role", null);
        }
        content(message, at, true);
    }

    private static void unanswered(Set<String> pending, int callingMessage) throws InvalidRequest {
        if (!pending.isEmpty()) {
            throw new InvalidRequest("An assistant message with 'tool_calls' must be followed by tool messages responding"
                    + " to each 'tool_call_id'. The following tool_call_ids did not have response messages: "
                    + String.join(", ", pending), "messages.[" + callingMessage + "].role", null);
        }
    }
}
