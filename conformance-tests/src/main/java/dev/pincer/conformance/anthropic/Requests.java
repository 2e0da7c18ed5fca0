package dev.pincer.conformance.anthropic;

import dev.pincer.spi.ModelMessage;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolDefinition;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.List;

/** The requests the checks send. */
final class Requests {
    static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather at a place",
            Json.parseObject("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\",\"description\":\"City and"
                    + " country\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},\"required\":[\"location\"]}"));
    static final ToolDefinition TIME = new ToolDefinition("get_time", "The local time in a time zone",
            Json.parseObject("{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}"));
    static final ToolDefinition TRIP = new ToolDefinition("plan_trip", "Plans a trip: stops, nights and a budget in CHF",
            Json.parseObject("{\"type\":\"object\",\"properties\":{\"stops\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
                    + "\"properties\":{\"city\":{\"type\":\"string\"},\"nights\":{\"type\":\"integer\",\"minimum\":1}},"
                    + "\"required\":[\"city\"]}},\"budget\":{\"type\":\"number\",\"exclusiveMinimum\":0.5}},"
                    + "\"required\":[\"stops\"],\"additionalProperties\":false}"));

    static final String SYSTEM = "You are Pincer, a personal assistant.\nRéponds brièvement. ";
    static final String FIRST = "Grüße aus Zürich 👋 — what's the weather? \n";
    static final String LAST = "Danke! Und morgen — 明天?";
    static final ToolCall CALL_1 = new ToolCall("toolu_01A09q90qw90lq917835lq9", "get_weather", args("{\"location\":\"Zürich, CH\"}"));
    static final ToolCall CALL_2 = new ToolCall("toolu_01B7fX3kQ9", "get_weather", args("{\"location\":\"Bern, CH\",\"unit\":\"celsius\"}"));
    static final ToolCall CALL_3 = new ToolCall("toolu_01C2mN8pL4", "get_time", args("{\"zone\":\"Europe/Zurich\"}"));
    static final ToolResult RESULT_1 = new ToolResult(CALL_1.id(), "{\"temperature\": 4, \"sky\": \"fog\"}", false);
    static final ToolResult RESULT_2 = new ToolResult(CALL_2.id(), "Bern is not served by this weather service", true);
    static final ToolResult RESULT_3 = new ToolResult(CALL_3.id(), "09:00", false);

    private Requests() {}

    /** One user message, no system text, no tools. */
    static ModelRequest hello(int maxOutputTokens) {
        return new ModelRequest("", List.of(new ModelMessage.User("Hello, Claude")), List.of(), maxOutputTokens);
    }

    /** A tool round: text and two calls, their results (one an error), a call without text, its result, a question. */
    static ModelRequest conversation() {
        return new ModelRequest(SYSTEM, List.of(
                new ModelMessage.User(FIRST),
                new ModelMessage.Assistant("Let me check both cities.", List.of(CALL_1, CALL_2)),
                new ModelMessage.ToolResults(List.of(RESULT_1, RESULT_2)),
                new ModelMessage.Assistant("", List.of(CALL_3)),
                new ModelMessage.ToolResults(List.of(RESULT_3)),
                new ModelMessage.User(LAST)), List.of(WEATHER, TIME), 777);
    }

    /** One user message with the given tools. */
    static ModelRequest withTools(List<ToolDefinition> tools) {
        return new ModelRequest("", List.of(new ModelMessage.User("Plan a weekend in Ticino, please.")), tools, 512);
    }

    /** One user message of about {@code bytes} bytes of text. */
    static ModelRequest longText(int bytes) {
        String sentence = "The quick brown fox jumps over the lazy dog. ";
        return new ModelRequest("", List.of(new ModelMessage.User(sentence.repeat(bytes / sentence.length() + 1))), List.of(), 256);
    }

    private static JsonObject args(String json) {
        return Json.parseObject(json);
    }
}
