package dev.pincer.conformance.openai;

import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares the {@code messages} a model sent with what the profile's mapping table (OAI-REQ-001) makes of a request. */
final class SentMessages {
    private SentMessages() {}

    /** The differences, in words; empty when the body maps the request exactly. */
    static List<String> differences(JsonObject body, ModelRequest request) {
        List<String> problems = new ArrayList<>();
        List<JsonObject> sent = body.optArray("messages").map(JsonArray::objects).orElse(List.of());
        List<Expected> expected = expected(request);
        if (sent.size() != expected.size()) {
            problems.add(expected.size() + " messages expected (" + expected.stream().map(Expected::role).toList() + "), "
                    + sent.size() + " sent (" + sent.stream().map(m -> m.optString("role").orElse("?")).toList() + ")");
            return problems;
        }
        for (int i = 0; i < sent.size(); i++) {
            expected.get(i).compare(sent.get(i), "messages[" + i + "]", problems);
        }
        return problems;
    }

    private record Expected(String role, Optional<String> content, List<ToolCall> calls, Optional<String> toolCallId) {
        void compare(JsonObject message, String at, List<String> problems) {
            if (!role.equals(message.optString("role").orElse(""))) {
                problems.add(at + ".role is " + message.get("role").orElse(null) + ", expected \"" + role + "\"");
                return;
            }
            Json sentContent = message.get("content").orElse(JsonNull.INSTANCE);
            boolean contentOk = content.isPresent()
                    ? sentContent instanceof JsonString text && text.value().equals(content.get())
                    : sentContent instanceof JsonNull || sentContent instanceof JsonString text && text.value().isEmpty();
            if (!contentOk) {
                problems.add(at + ".content is " + abbreviated(sentContent) + ", expected "
                        + content.map(c -> Json.of(c).toString()).orElse("null"));
            }
            toolCallId.filter(id -> !id.equals(message.optString("tool_call_id").orElse("")))
                    .ifPresent(id -> problems.add(at + ".tool_call_id is " + message.get("tool_call_id").orElse(null)
                            + ", expected \"" + id + "\""));
            compareCalls(message, at, problems);
        }

        private void compareCalls(JsonObject message, String at, List<String> problems) {
            Optional<Json> sentCalls = message.get("tool_calls");
            if (calls.isEmpty()) {
                if (sentCalls.isPresent() && !(sentCalls.get() instanceof JsonNull)) {
                    problems.add(at + " carries tool_calls " + abbreviated(sentCalls.get()) + " but the message has no calls");
                }
                return;
            }
            List<JsonObject> list = sentCalls.filter(JsonArray.class::isInstance).map(c -> ((JsonArray) c).objects()).orElse(List.of());
            if (list.size() != calls.size()) {
                problems.add(at + ".tool_calls has " + list.size() + " calls, expected " + calls.size());
                return;
            }
            for (int j = 0; j < calls.size(); j++) {
                ToolCall call = calls.get(j);
                JsonObject sent = list.get(j);
                String callAt = at + ".tool_calls[" + j + "]";
                JsonObject function = sent.optObject("function").orElse(Json.object().build());
                if (!call.id().equals(sent.optString("id").orElse("")) || !"function".equals(sent.optString("type").orElse(""))
                        || !call.name().equals(function.optString("name").orElse(""))) {
                    problems.add(callAt + " is " + abbreviated(sent) + ", expected id \"" + call.id() + "\", type \"function\", name \""
                            + call.name() + "\"");
                }
                Json arguments = function.get("arguments").orElse(JsonNull.INSTANCE);
                if (!(arguments instanceof JsonString text) || !parsesTo(text.value(), call.arguments())) {
                    problems.add(callAt + ".function.arguments is " + abbreviated(arguments) + ", expected the JSON string of "
                            + call.arguments());
                }
            }
        }
    }

    private static boolean parsesTo(String text, JsonObject expected) {
        try {
            return Json.parse(text).equals(expected);
        } catch (JsonException e) {
            return false;
        }
    }

    private static String abbreviated(Json value) {
        String text = value.toString();
        return text.length() <= 160 ? text : text.substring(0, 150) + "…";
    }

    private static List<Expected> expected(ModelRequest request) {
        List<Expected> expected = new ArrayList<>();
        if (!request.system().isEmpty()) {
            expected.add(new Expected("system", Optional.of(request.system()), List.of(), Optional.empty()));
        }
        for (ModelMessage message : request.messages()) {
            switch (message) {
                case ModelMessage.User user -> expected.add(new Expected("user", Optional.of(user.text()), List.of(), Optional.empty()));
                case ModelMessage.Assistant assistant -> expected.add(new Expected("assistant",
                        assistant.text().isEmpty() && !assistant.toolCalls().isEmpty() ? Optional.empty() : Optional.of(assistant.text()),
                        assistant.toolCalls(), Optional.empty()));
                case ModelMessage.ToolResults results -> {
                    for (ToolResult result : results.results()) {
                        expected.add(new Expected("tool", Optional.of(result.content()), List.of(), Optional.of(result.callId())));
                    }
                }
            }
        }
        return expected;
    }
}
