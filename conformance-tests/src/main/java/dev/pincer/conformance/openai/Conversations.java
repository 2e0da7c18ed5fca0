package dev.pincer.conformance.openai;

import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;

/** The requests the checks send: texts that a careless encoder would change, and a complete tool round. */
final class Conversations {
    static final String SYSTEM = "You are Pincer.\nAnswer briefly; quote \"exactly\" when asked.";
    static final String FIRST_USER = "  Grüezi! Was kostet ein Café in Zürich? 🍰 <b>&amp;</b>\n";
    static final int TEXT_LIMIT = 321;
    static final int TOOL_LIMIT = 777;

    private Conversations() {}

    /** System text, user text with whitespace, non-ASCII and markup, an earlier assistant text, a second question. */
    static ModelRequest textTurn() {
        return new ModelRequest(SYSTEM, List.of(new ModelMessage.User(FIRST_USER),
                new ModelMessage.Assistant("Etwa 5 CHF — je nach Café.", List.of()),
                new ModelMessage.User("Und in Genf?")), List.of(), TEXT_LIMIT);
    }

    /** One short question, no system text, no tools. */
    static ModelRequest question(String text) {
        return new ModelRequest("", List.of(new ModelMessage.User(text)), List.of(), 64);
    }

    static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather for a city — °C or °F",
            Json.parseObject("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"e.g. Zürich\"},"
                    + "\"units\":{\"type\":\"object\",\"properties\":{\"temp\":{\"type\":\"string\",\"enum\":[\"C\",\"F\"]}}}},"
                    + "\"required\":[\"city\"],\"additionalProperties\":false}"));
    static final ToolDefinition TIME = new ToolDefinition("get_time", "The current time in a time zone",
            Json.parseObject("{\"type\":\"object\",\"properties\":{\"timezone\":{\"type\":\"string\"}}}"));

    static final ToolCall EARLIER_CALL = new ToolCall("call_0aB9cD8eF7gH6iJ5", "get_time", Json.parseObject("{}"));
    static final ToolCall WEATHER_CALL = new ToolCall("call_Qx2hZ8kT0bWmN4vR", "get_weather",
            Json.parseObject("{\"city\":\"Zürich\",\"units\":{\"temp\":\"C\"}}"));
    static final ToolCall TIME_CALL = new ToolCall("call_L7cPq1nY5eAsD3uJ", "get_time",
            Json.parseObject("{\"timezone\":\"Europe/Zurich\"}"));
    static final ToolResult EARLIER_RESULT = new ToolResult(EARLIER_CALL.id(), "09:00", false);
    static final ToolResult WEATHER_RESULT = new ToolResult(WEATHER_CALL.id(), "{\"temperature_c\":14,\"sky\":\"cloudy\"}", false);
    static final ToolResult TIME_RESULT = new ToolResult(TIME_CALL.id(), "time service unavailable: connection refused", true);

    /**
     * A tool round: an assistant turn with text and one call, its result, a question, an assistant turn with two
     * calls and no text, and their results (the second an error).
     */
    static ModelRequest toolTurn() {
        return new ModelRequest("", List.of(
                new ModelMessage.User("What time is it?"),
                new ModelMessage.Assistant("Let me check.", List.of(EARLIER_CALL)),
                new ModelMessage.ToolResults(List.of(EARLIER_RESULT)),
                new ModelMessage.Assistant("It is 09:00.", List.of()),
                new ModelMessage.User("What's the weather in Zürich, and the time there?"),
                new ModelMessage.Assistant("", List.of(WEATHER_CALL, TIME_CALL)),
                new ModelMessage.ToolResults(List.of(WEATHER_RESULT, TIME_RESULT))),
                List.of(WEATHER, TIME), TOOL_LIMIT);
    }

    /** The tool definitions as the profile says they are sent. */
    static List<JsonObject> toolsAsSent() {
        return List.of(WEATHER, TIME).stream().map(tool -> Json.object().put("type", "function").put("function",
                Json.object().put("name", tool.name()).put("description", tool.description())
                        .put("parameters", tool.inputSchema()).build()).build()).toList();
    }
}
