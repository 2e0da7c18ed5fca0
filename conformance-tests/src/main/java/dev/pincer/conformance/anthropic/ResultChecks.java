package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ModelResult.StopReason;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of how answers become results: blocks, stop reasons, usage and malformed answers. */
final class ResultChecks {
    private ResultChecks() {}

    static List<Check<AnthropicHarness>> all() {
        return List.of(readsTextAndToolCalls(), mapsStopReasons(), reportsUsage(), failsCleanlyOnMalformedAnswers());
    }

    static Check<AnthropicHarness> readsTextAndToolCalls() {
        return Check.of("joins text blocks, reads tool_use blocks in order, and skips unknown block types and fields",
                Set.of("MOD-RES-001", "ANT-RES-001"), (h, v) -> {
                    h.start();
                    JsonObject bern = Json.object().put("location", "Bern, CH").build();
                    JsonObject zone = Json.object().put("zone", "Europe/Zurich").put("precise", true).build();
                    JsonObject unknown = Json.object().put("type", "citations_delta").put("text", "not part of the answer").build();
                    h.fake.answerNext(Answer.message("tool_use", Answer.textBlock("Part one, "), unknown,
                                    Answer.toolUseBlock("toolu_01Xa", "get_weather", bern), Answer.textBlock("part two."),
                                    Answer.toolUseBlock("toolu_01Yb", "get_time", zone))
                            .withExtra("context_management", Json.object().put("applied_edits", Json.array(List.of())).build()),
                            Answer.message("tool_use", Answer.toolUseBlock("toolu_01Zc", "get_time", zone)));
                    Object mixed = Observations.outcome(h, Requests.hello(256));
                    Object toolsOnly = Observations.outcome(h, Requests.hello(256));
                    List<ToolCall> expected = List.of(new ToolCall("toolu_01Xa", "get_weather", bern), new ToolCall("toolu_01Yb", "get_time", zone));
                    boolean first = mixed instanceof ModelResult.Reply r && r.text().equals("Part one, part two.")
                            && r.toolCalls().equals(expected) && r.stopReason() == StopReason.TOOL_USE;
                    boolean second = toolsOnly instanceof ModelResult.Reply r && r.text().isEmpty()
                            && r.toolCalls().equals(List.of(new ToolCall("toolu_01Zc", "get_time", zone)));
                    v.expect("MOD-RES-001", first && second,
                            "Reply(\"Part one, part two.\", " + expected + ", TOOL_USE), then Reply(\"\", [toolu_01Zc get_time], TOOL_USE)",
                            () -> "results " + mixed + " and " + toolsOnly);
                    v.expect("ANT-RES-001", first,
                            "a block of the unknown type citations_delta and an unknown top-level member are skipped",
                            () -> "result " + mixed);
                });
    }

    static Check<AnthropicHarness> mapsStopReasons() {
        return Check.of("maps every stop_reason of the profile's table, an unknown one and null", Set.of("MOD-RES-002"), (h, v) -> {
            h.start();
            Map<String, StopReason> table = new LinkedHashMap<>();
            table.put("end_turn", StopReason.END_TURN);
            table.put("tool_use", StopReason.TOOL_USE);
            table.put("max_tokens", StopReason.MAX_TOKENS);
            table.put("model_context_window_exceeded", StopReason.MAX_TOKENS);
            table.put("refusal", StopReason.REFUSAL);
            table.put("stop_sequence", StopReason.OTHER);
            table.put("pause_turn", StopReason.OTHER);
            table.put("compaction", StopReason.OTHER);
            table.put(null, StopReason.OTHER);
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, StopReason> row : table.entrySet()) {
                Json block = "tool_use".equals(row.getKey())
                        ? Answer.toolUseBlock("toolu_01St", "get_time", Json.object().put("zone", "UTC").build())
                        : Answer.textBlock("Answer ending with " + row.getKey());
                h.fake.answerNext(Answer.message(row.getKey(), block));
                Object result = Observations.outcome(h, Requests.hello(256));
                if (!(result instanceof ModelResult.Reply reply) || reply.stopReason() != row.getValue()) {
                    wrong.add(row.getKey() + " gave " + result);
                }
            }
            v.expect("MOD-RES-002", wrong.isEmpty(), "each stop_reason mapped as the table says: " + table,
                    () -> "mapped otherwise: " + wrong);
        });
    }

    static Check<AnthropicHarness> reportsUsage() {
        return Check.of("reports input tokens with the cached ones, and output tokens, zero when absent",
                Set.of("MOD-RES-003", "ANT-RES-002"), (h, v) -> {
                    h.start();
                    h.fake.answerNext(Answer.text("Plain.").withUsage(Answer.usage(300, 25)),
                            Answer.text("Cached.").withUsage(Json.object().put("input_tokens", 21).put("cache_creation_input_tokens", 1500)
                                    .put("cache_read_input_tokens", 3000).put("output_tokens", 42).build()),
                            Answer.text("Sparse.").withUsage(Json.object().put("input_tokens", 12)
                                    .put("cache_read_input_tokens", JsonNull.INSTANCE).build()));
                    Optional<ModelResult.Usage> plain = usage(Observations.outcome(h, Requests.hello(256)));
                    Optional<ModelResult.Usage> cached = usage(Observations.outcome(h, Requests.hello(256)));
                    Optional<ModelResult.Usage> sparse = usage(Observations.outcome(h, Requests.hello(256)));
                    v.expect("MOD-RES-003", plain.equals(Optional.of(new ModelResult.Usage(300, 25)))
                                    && sparse.equals(Optional.of(new ModelResult.Usage(12, 0))),
                            "Usage(300, 25) for {input_tokens 300, output_tokens 25}; Usage(12, 0) when output_tokens is absent",
                            () -> "usages " + plain.map(Object::toString).orElse("no Reply") + " and " + sparse.map(Object::toString).orElse("no Reply"));
                    v.expect("ANT-RES-002", cached.equals(Optional.of(new ModelResult.Usage(4521, 42)))
                                    && sparse.equals(Optional.of(new ModelResult.Usage(12, 0))),
                            "Usage(4521, 42) for input 21 + cache creation 1500 + cache read 3000; a null cache count as 0",
                            () -> "usages " + cached.map(Object::toString).orElse("no Reply") + " and " + sparse.map(Object::toString).orElse("no Reply"));
                });
    }

    private static Optional<ModelResult.Usage> usage(Object result) {
        return result instanceof ModelResult.Reply reply ? Optional.of(reply.usage()) : Optional.empty();
    }

    static Check<AnthropicHarness> failsCleanlyOnMalformedAnswers() {
        return Check.of("fails cleanly, without an exception or a Reply, on six malformed 200 answers", Set.of("MOD-ERR-005"), (h, v) -> {
            h.start();
            Map<String, Answer> malformed = new LinkedHashMap<>();
            malformed.put("an HTML page", new Answer.Raw(200, "text/html", "<html><body>Service temporarily unavailable</body></html>"));
            malformed.put("truncated JSON", new Answer.Raw(200, "application/json", "{\"id\":\"msg_01\",\"type\":\"message\",\"role\":\"assist"));
            malformed.put("no content", new Answer.Raw(200, "application/json", "{\"id\":\"msg_02\",\"type\":\"message\",\"role\":\"assistant\","
                    + "\"model\":\"claude-sonnet-4-5-20250929\",\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":3,\"output_tokens\":1}}"));
            malformed.put("content as a string", new Answer.Message(Json.of("Hello"), Json.of("end_turn"), Optional.empty(),
                    Json.object().build()));
            malformed.put("tool input as a string", Answer.message("tool_use", Json.object().put("type", "tool_use").put("id", "toolu_01Q")
                    .put("name", "get_weather").put("input", "{\"location\":\"Bern\"}").build()));
            malformed.put("tool_use without a tool_use block", Answer.message("tool_use", Answer.textBlock("Let me check.")));
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<String, Answer> entry : malformed.entrySet()) {
                h.fake.answerAlways(entry.getValue());
                Object result = Observations.outcome(h, Requests.hello(256));
                if (!(result instanceof ModelResult.Failed) && !(result instanceof ModelResult.RetryAfter)) {
                    wrong.add(entry.getKey() + " gave " + result);
                }
            }
            h.fake.clearAnswers();
            v.expect("MOD-ERR-005", wrong.isEmpty(), "Failed (or RetryAfter after retries) for each of " + malformed.keySet(),
                    () -> "otherwise: " + wrong);
        });
    }
}
