package example.openai;

import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a 200 {@code chat.completion} body into a {@link ModelResult.Reply}, or a {@link ModelResult.Failed} that
 * says what is wrong with it; never a partial reply.
 */
final class ReplyReader {
    private ReplyReader() {}

    static ModelResult read(String body) {
        try {
            JsonObject completion = Json.parseObject(body);
            JsonArray choices = completion.optArray("choices").orElseThrow(() -> new JsonException("no 'choices'"));
            if (choices.size() == 0 || !(choices.get(0) instanceof JsonObject choice)) {
                throw new JsonException("'choices' has no first choice");
            }
            JsonObject message = choice.optObject("message").orElseThrow(() -> new JsonException("choices[0] has no 'message'"));
            List<ToolCall> calls = toolCalls(message);
            Optional<String> refusal = message.optString("refusal").filter(text -> !text.isEmpty());
            String text = refusal.orElse(message.optString("content").orElse(""));
            ModelResult.StopReason reason = refusal.isPresent() ? ModelResult.StopReason.REFUSAL
                    : stopReason(choice.optString("finish_reason").orElse(""), calls);
            return new ModelResult.Reply(text, calls, reason, usage(completion));
        } catch (JsonException | IllegalArgumentException e) {
            return new ModelResult.Failed("the server's answer is not a chat completion Pincer can read: " + e.getMessage());
        }
    }

    /** The profile's table (OAI-RES-002); a refusal was handled by the caller. */
    private static ModelResult.StopReason stopReason(String finishReason, List<ToolCall> calls) {
        if (finishReason.equals("tool_calls") && calls.isEmpty()) {
            throw new JsonException("finish_reason is 'tool_calls' but the message has no tool calls");
        }
        return switch (finishReason) {
            case "length" -> ModelResult.StopReason.MAX_TOKENS;
            case "content_filter" -> ModelResult.StopReason.REFUSAL;
            case "tool_calls" -> ModelResult.StopReason.TOOL_USE;
            case "stop" -> calls.isEmpty() ? ModelResult.StopReason.END_TURN : ModelResult.StopReason.TOOL_USE;
            default -> ModelResult.StopReason.OTHER;
        };
    }

    private static List<ToolCall> toolCalls(JsonObject message) {
        List<ToolCall> calls = new ArrayList<>();
        Optional<JsonArray> list = message.optArray("tool_calls");
        if (list.isEmpty()) {
            return calls;
        }
        for (int i = 0; i < list.get().size(); i++) {
            if (!(list.get().get(i) instanceof JsonObject call)) {
                throw new JsonException("tool_calls[" + i + "] is not an object");
            }
            JsonObject function = call.object("function");
            String id = call.string("id");
            String name = function.string("name");
            String arguments = function.string("arguments");
            Json parsed;
            try {
                parsed = Json.parse(arguments);
            } catch (JsonException e) {
                throw new JsonException("the arguments of tool call " + id + " (" + name + ") are not JSON: " + e.getMessage());
            }
            if (!(parsed instanceof JsonObject object)) {
                throw new JsonException("the arguments of tool call " + id + " (" + name + ") are " + parsed.kind()
                        + ", not a JSON object");
            }
            calls.add(new ToolCall(id, name, object));
        }
        return calls;
    }

    private static ModelResult.Usage usage(JsonObject completion) {
        Optional<JsonObject> usage = completion.optObject("usage");
        return new ModelResult.Usage(count(usage, "prompt_tokens"), count(usage, "completion_tokens"));
    }

    private static long count(Optional<JsonObject> usage, String name) {
        return usage.flatMap(u -> u.get(name))
                .filter(JsonNumber.class::isInstance).map(n -> ((JsonNumber) n).longValue())
                .filter(n -> n >= 0).orElse(0L);
    }

}
