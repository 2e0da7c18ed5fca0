package example.openai;

import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chat Completions body for one {@link ModelRequest}, as the profile's mapping table says.
 *
 * <p>Texts go in unchanged; tool arguments go as a JSON string, as OpenAI requires; no list is ever sent empty.
 */
final class RequestBody {
    private RequestBody() {}

    static String of(Settings settings, ModelRequest request) {
        JsonObject.Builder body = Json.object().put("model", settings.model()).put("messages", Json.array(messages(request)));
        if (!request.tools().isEmpty()) {
            List<Json> tools = new ArrayList<>();
            for (ToolDefinition tool : request.tools()) {
                tools.add(Json.object().put("type", "function").put("function", Json.object()
                        .put("name", tool.name())
                        .put("description", tool.description())
                        .put("parameters", tool.inputSchema())
                        .build()).build());
            }
            body.put("tools", Json.array(tools));
        }
        return body.put(settings.limitParameter(), request.maxOutputTokens()).build().toString();
    }

    private static List<Json> messages(ModelRequest request) {
        List<Json> messages = new ArrayList<>();
        if (!request.system().isEmpty()) {
            messages.add(Json.object().put("role", "system").put("content", request.system()).build());
        }
        for (ModelMessage message : request.messages()) {
            switch (message) {
                case ModelMessage.User user -> messages.add(
                        Json.object().put("role", "user").put("content", user.text()).build());
                case ModelMessage.Assistant assistant -> messages.add(assistant(assistant));
                case ModelMessage.ToolResults results -> {
                    for (ToolResult result : results.results()) {
                        // Chat Completions has no error flag: the content already says why a call failed.
                        messages.add(Json.object().put("role", "tool").put("tool_call_id", result.callId())
                                .put("content", result.content()).build());
                    }
                }
            }
        }
        return messages;
    }

    private static Json assistant(ModelMessage.Assistant assistant) {
        JsonObject.Builder message = Json.object().put("role", "assistant");
        if (assistant.toolCalls().isEmpty()) {
            return message.put("content", assistant.text()).build();
        }
        message.put("content", assistant.text().isEmpty() ? JsonNull.INSTANCE : Json.of(assistant.text()));
        List<Json> calls = new ArrayList<>();
        for (ToolCall call : assistant.toolCalls()) {
            calls.add(Json.object().put("id", call.id()).put("type", "function").put("function", Json.object()
                    .put("name", call.name())
                    .put("arguments", call.arguments().toString())
                    .build()).build());
        }
        return message.put("tool_calls", Json.array(calls)).build();
    }
}
