package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.anthropic.RecordedRequest;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.ToolResult;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The check that a whole tool round reaches the API complete, in order, paired by id and in Anthropic's blocks. */
final class ConversationCheck {
    private static final List<String> ROLES = List.of("user", "assistant", "user", "assistant", "user");
    private static final List<List<String>> BLOCK_TYPES = List.of(List.of("text"), List.of("text", "tool_use", "tool_use"),
            List.of("tool_result", "tool_result"), List.of("tool_use"), List.of("tool_result", "text"));

    private ConversationCheck() {}

    static Check<AnthropicHarness> sendsTheConversation() {
        return Check.of("sends system, texts, tool calls and their results in order, byte for byte, paired by id",
                Set.of("MOD-REQ-001", "MOD-REQ-003", "ANT-REQ-001"), (h, v) -> {
                    h.startWithProfileConfig();
                    Object result = Observations.outcome(h, Requests.conversation());
                    Optional<RecordedRequest> request = h.messageRequests().stream().findFirst();
                    JsonObject body = request.map(RecordedRequest::bodyJson).orElse(new JsonObject(java.util.Map.of()));
                    List<Turns.Turn> turns = Turns.of(body);
                    List<String> roles = turns.stream().map(Turns.Turn::role).toList();

                    List<String> texts = texts(turns);
                    List<String> expectedTexts = List.of("user:" + Requests.FIRST, "assistant:Let me check both cities.", "user:" + Requests.LAST);
                    Optional<String> system = Turns.system(body);
                    long maxTokens = body.optLong("max_tokens").orElse(-1L);
                    v.expect("MOD-REQ-001", roles.equals(ROLES) && texts.equals(expectedTexts)
                                    && system.equals(Optional.of(Requests.SYSTEM)) && maxTokens == 777,
                            "turns " + ROLES + " with the texts " + quoted(expectedTexts) + " byte for byte, system " + quote(Requests.SYSTEM)
                                    + " and max_tokens 777",
                            () -> "turns " + roles + " with texts " + quoted(texts) + ", system " + system.map(ConversationCheck::quote)
                                    .orElse("absent") + ", max_tokens " + maxTokens + "; result " + result);

                    List<String> calls = calls(turns);
                    List<String> expectedCalls = List.of(call(Requests.CALL_1), call(Requests.CALL_2), "|", call(Requests.CALL_3));
                    List<String> results = results(turns);
                    List<String> expectedResults = List.of(result(Requests.RESULT_1), result(Requests.RESULT_2), "|",
                            result(Requests.RESULT_3));
                    v.expect("MOD-REQ-003", calls.equals(expectedCalls) && results.equals(expectedResults),
                            "tool_use blocks " + expectedCalls + " and, after each, tool_result blocks " + expectedResults,
                            () -> "tool_use blocks " + calls + " and tool_result blocks " + results);

                    List<List<String>> types = turns.stream().map(t -> t.blocks().stream().map(b -> b.optString("type").orElse("?")).toList())
                            .toList();
                    int status = request.map(RecordedRequest::status).orElse(0);
                    boolean systemIsString = body.members().get("system") instanceof JsonString;
                    v.expect("ANT-REQ-001", status == 200 && types.equals(BLOCK_TYPES) && systemIsString,
                            "the fake accepts the body (200): system a string, and the turns' blocks " + BLOCK_TYPES
                                    + " (no text block for the assistant message without text; results first)",
                            () -> "the fake answered " + status + (status == 200 ? "" : ": " + request.map(RecordedRequest::responseBody)
                                    .orElse("no request")) + "; blocks " + types + "; system " + (systemIsString ? "a string" : "not a string"));
                });
    }

    /** "role:text" for every text block that is not empty, in order (an empty one is ANT-REQ-001's concern). */
    private static List<String> texts(List<Turns.Turn> turns) {
        List<String> texts = new ArrayList<>();
        turns.forEach(t -> t.blocks().stream().filter(b -> "text".equals(b.optString("type").orElse("")))
                .filter(b -> !b.optString("text").orElse("").isEmpty())
                .forEach(b -> texts.add(t.role() + ":" + b.optString("text").orElse(""))));
        return texts;
    }

    /** The tool_use blocks of assistant turns, each "id name input"; turns separated by "|". */
    private static List<String> calls(List<Turns.Turn> turns) {
        List<String> calls = new ArrayList<>();
        for (Turns.Turn turn : turns) {
            List<JsonObject> uses = turn.blocks().stream().filter(b -> "tool_use".equals(b.optString("type").orElse(""))).toList();
            if (!uses.isEmpty() && !calls.isEmpty()) {
                calls.add("|");
            }
            uses.forEach(b -> calls.add(b.optString("id").orElse("?") + " " + b.optString("name").orElse("?") + " "
                    + b.get("input").map(i -> normal(i)).orElse("?")));
        }
        return calls;
    }

    /** The tool_result blocks of user turns, each "id content error"; turns separated by "|". */
    private static List<String> results(List<Turns.Turn> turns) {
        List<String> results = new ArrayList<>();
        for (Turns.Turn turn : turns) {
            List<JsonObject> blocks = turn.blocks().stream().filter(b -> "tool_result".equals(b.optString("type").orElse(""))).toList();
            if (!blocks.isEmpty() && !results.isEmpty()) {
                results.add("|");
            }
            blocks.forEach(b -> results.add(b.optString("tool_use_id").orElse("?") + " " + quote(Turns.resultText(b)) + " error="
                    + b.optBool("is_error").orElse(false)));
        }
        return results;
    }

    private static String call(ToolCall call) {
        return call.id() + " " + call.name() + " " + normal(call.arguments());
    }

    private static String result(ToolResult result) {
        return result.callId() + " " + quote(result.content()) + " error=" + result.error();
    }

    /** A JSON value printed with its members sorted, so that member order does not matter. */
    private static String normal(dev.pincer.spi.json.Json value) {
        return switch (value) {
            case JsonObject o -> new java.util.TreeMap<>(o.members()).entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + normal(e.getValue())).toList().toString();
            default -> value.toString();
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private static List<String> quoted(List<String> texts) {
        return texts.stream().map(ConversationCheck::quote).toList();
    }
}
