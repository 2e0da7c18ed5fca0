package example.anthropic;

import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link ModelRequest} into the body of {@code POST /v1/messages}: {@code system} at the top level, one element
 * of {@code messages} per message, tools as {@code name}, {@code description} and {@code input_schema}.
 */
final class RequestBody {
    private RequestBody() {}

    static JsonObject of(ModelRequest request, Settings settings) {
        JsonObject.Builder body = Json.object()
                .put("model", settings.model())
                .put("max_tokens", settings.maxTokens(request.maxOutputTokens()));
        if (!request.system().isEmpty()) {
            body.put("system", request.system());
        }
        List<JsonObject> messages = new ArrayList<>();
        for (ModelMessage message : request.messages()) {
            messages.add(message(message));
        }
        body.put("messages", Json.array(messages));
        if (!request.tools().isEmpty()) {
            body.put("tools", Json.array(request.tools().stream().map(RequestBody::tool).toList()));
        }
        return body.build();
    }

    private static JsonObject message(ModelMessage message) {
        return switch (message) {
            case ModelMessage.User user -> Json.object().put("role", "user").put("content", user.text()).build();
            case ModelMessage.Assistant assistant -> assistant(assistant);
            case ModelMessage.ToolResults results -> Json.object().put("role", "user")
                    .put("content", Json.array(results.results().stream().map(RequestBody::toolResult).toList())).build();
        };
    }

    private static JsonObject assistant(ModelMessage.Assistant assistant) {
        List<JsonObject> blocks = new ArrayList<>();
        if (!assistant.text().isEmpty()) { // the API refuses an empty text block
            blocks.add(Json.object().put("type", "text").put("text", assistant.text()).build());
        }
        assistant.toolCalls().forEach(call -> blocks.add(toolUse(call)));
        return Json.object().put("role", "assistant").put("content", Json.array(blocks)).build();
    }

    private static JsonObject toolUse(ToolCall call) {
        return Json.object().put("type", "tool_use").put("id", call.id()).put("name", call.name()).put("input", call.arguments())
                .build();
    }

    private static JsonObject toolResult(ToolResult result) {
        JsonObject.Builder block = Json.object().put("type", "tool_result").put("tool_use_id", result.callId());
        if (!result.content().isEmpty()) {
            block.put("content", result.content());
        }
        if (result.error()) {
            block.put("is_error", true);
        }
        return block.build();
    }

    private static JsonObject tool(ToolDefinition tool) {
        return Json.object().put("name", tool.name()).put("description", tool.description()).put("input_schema", tool.inputSchema())
                .build();
    }
}
