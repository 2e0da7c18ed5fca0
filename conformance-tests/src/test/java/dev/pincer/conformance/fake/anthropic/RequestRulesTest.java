package dev.pincer.conformance.fake.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincer.spi.json.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake refuses what the Messages API refuses, with a message naming the field. */
class RequestRulesTest {

    private static Optional<String> problem(String body) {
        return RequestRules.problem(Json.parseObject(body));
    }

    private static String withMessages(String messages) {
        return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"messages\":" + messages
                + ",\"tools\":[{\"name\":\"w\",\"input_schema\":{\"type\":\"object\"}}]}";
    }

    @Test
    void acceptsAToolRoundWithResultsFirst() {
        assertEquals(Optional.empty(), problem(withMessages("[{\"role\":\"user\",\"content\":\"Weather?\"},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"w\",\"input\":{}}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"4 C\"}]},"
                + "{\"role\":\"user\",\"content\":\"And tomorrow?\"}]")));
    }

    @Test
    void refusesToolUseWithoutResultsInTheNextMessage() {
        assertEquals(Optional.of("messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_1."
                        + " Each `tool_use` block must have a corresponding `tool_result` block in the next message."),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"Weather?\"},"
                        + "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"w\",\"input\":{}}]},"
                        + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hm\"},"
                        + "{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\"}]}]")));
    }

    @Test
    void refusesAResultForACallThePreviousTurnDidNotMake() {
        // the two user messages form one turn, named by its first message
        assertEquals(Optional.of("messages.0.content: unexpected `tool_use_id` found in `tool_result` blocks: toolu_9. Each"
                        + " `tool_result` block must have a corresponding `tool_use` block in the previous message."),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\","
                        + "\"tool_use_id\":\"toolu_9\",\"content\":\"x\"}]}]")));
    }

    @Test
    void refusesEmptyTextsAndEmptyContent() {
        assertEquals(Optional.of("messages: text content blocks must be non-empty"),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"\"}]},"
                        + "{\"role\":\"user\",\"content\":\"again\"}]")));
        assertEquals(Optional.of("messages: all messages must have non-empty content except for the optional final assistant message"),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"\"}]")));
        assertEquals(Optional.empty(), problem(withMessages("[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"\"}]")),
                "the final assistant message may be empty");
    }

    @Test
    void refusesToolBlocksWithoutToolDefinitions() {
        assertEquals(Optional.of("Requests which include tool_use or tool_result blocks must define tools."),
                problem("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                        + "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"w\",\"input\":{}}]}]}"));
    }

    @Test
    void refusesRolesOtherThanUserAndAssistant() {
        assertEquals(Optional.of("messages.0.role: Input should be 'user' or 'assistant'"),
                problem(withMessages("[{\"role\":\"system\",\"content\":\"Be brief\"}]")));
    }

    @Test
    void refusesToolsWithoutInputSchemaOrWithAnotherProvidersShape() {
        String base = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":";
        assertEquals(Optional.of("tools.0.input_schema: Field required"), problem(base + "[{\"name\":\"w\",\"description\":\"d\"}]}"));
        assertEquals(Optional.of("tools.0.parameters: Extra inputs are not permitted"),
                problem(base + "[{\"name\":\"w\",\"parameters\":{\"type\":\"object\"}}]}"));
        assertEquals(Optional.of("tools.0.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"),
                problem(base + "[{\"name\":\"get weather\",\"input_schema\":{\"type\":\"object\"}}]}"));
        assertEquals(Optional.empty(), problem(base + "[]}"), "an empty tool list is accepted");
    }

    @Test
    void refusesMissingOrOutOfRangeMaxTokensAndStreaming() {
        assertEquals(Optional.of("max_tokens: Field required"),
                problem("{\"model\":\"claude-sonnet-4-5\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        assertEquals(Optional.of("max_tokens: 200000 > 128000, which is the maximum allowed number of output tokens for claude-sonnet-4-5"),
                problem("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":200000,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        assertEquals("stream", problem("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}").orElseThrow().split(":")[0]);
        assertEquals(Optional.of("temprature: Extra inputs are not permitted"),
                problem("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"temprature\":1,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
    }

    @Test
    void refusesMalformedToolUseIdsAndInputs() {
        assertEquals(Optional.of("messages.1.content.0.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'"),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\","
                        + "\"id\":\"call 1\",\"name\":\"w\",\"input\":{}}]}]")));
        assertEquals(Optional.of("messages.1.content.0.tool_use.input: Input should be a valid dictionary"),
                problem(withMessages("[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\","
                        + "\"id\":\"toolu_1\",\"name\":\"w\",\"input\":\"{}\"}]}]")));
    }
}
