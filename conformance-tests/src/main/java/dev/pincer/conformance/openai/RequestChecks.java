package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.openai.Answer;
import dev.pincer.conformance.fake.openai.Answers;
import dev.pincer.conformance.fake.openai.RecordedRequest;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ToolCall;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks of what the model sends: the endpoint, the key, the messages, the tools and the output limit. */
final class RequestChecks {
    private RequestChecks() {}

    static List<Check<OpenAiHarness>> all() {
        return List.of(sendsATextTurn(), sendsAToolRound(), sendsNoToolsWhenThereAreNone(), usesTheConfiguredLimitParameter(),
                sendsNoKeyWhenConfiguredWithout());
    }

    static Check<OpenAiHarness> sendsATextTurn() {
        return Check.of("sends a text turn to POST /v1/chat/completions with the key, every message and the limit",
                Set.of("MOD-REQ-001", "OAI-REQ-001", "OAI-API-001", "OAI-API-003", "MOD-RES-001", "MOD-RES-003", "OAI-RES-001"), (h, v) -> {
                    h.start();
                    h.fake.answerNext(Answers.text("Grüezi! In Genf etwa 6 CHF. 🍰", 52, 14));
                    ModelResult result = h.complete(Conversations.textTurn());
                    JsonObject body = h.bodies().isEmpty() ? Json.object().build() : h.bodies().getFirst();
                    List<String> differences = SentMessages.differences(body, Conversations.textTurn());
                    boolean limit = body.optLong("max_tokens").equals(Optional.of((long) Conversations.TEXT_LIMIT));
                    v.expect(List.of("MOD-REQ-001", "OAI-REQ-001"), !h.bodies().isEmpty() && differences.isEmpty() && limit,
                            "one request whose messages are the system text, then each message with its role and its text byte for byte,"
                                    + " and whose output limit is " + Conversations.TEXT_LIMIT,
                            () -> h.bodies().size() + " requests; " + (differences.isEmpty() ? "" : differences + "; ")
                                    + "max_tokens " + body.get("max_tokens").map(Json::toString).orElse("absent"));
                    v.expect("OAI-API-003", limit && !body.has("max_completion_tokens"),
                            "max_tokens " + Conversations.TEXT_LIMIT + " and no max_completion_tokens (tokenLimitParameter max_tokens by default)",
                            () -> "max_tokens " + body.get("max_tokens").map(Json::toString).orElse("absent") + ", max_completion_tokens "
                                    + body.get("max_completion_tokens").map(Json::toString).orElse("absent"));
                    List<String> wrong = callProblems(h, body);
                    v.expect("OAI-API-001", wrong.isEmpty(),
                            "POST " + h.endpoint() + ", Content-Type application/json, Authorization: Bearer <placeholder>"
                                    + " arriving as the real key, model \"" + h.manifest().config().get("model") + "\", no stream, no n above 1",
                            () -> String.join("; ", wrong));
                    boolean text = result instanceof ModelResult.Reply reply && reply.text().equals("Grüezi! In Genf etwa 6 CHF. 🍰")
                            && reply.toolCalls().isEmpty() && reply.stopReason() == ModelResult.StopReason.END_TURN;
                    boolean usage = result instanceof ModelResult.Reply reply && reply.usage().equals(new ModelResult.Usage(52, 14));
                    v.expect("MOD-RES-001", text, "Reply with the text \"Grüezi! In Genf etwa 6 CHF. 🍰\" and no tool calls", () -> "result " + result);
                    v.expect("MOD-RES-003", usage, "usage 52 input and 14 output tokens, as prompt_tokens and completion_tokens said",
                            () -> "result " + result);
                    v.expect("OAI-RES-001", text && usage, "the reply read from choices[0].message and usage", () -> "result " + result);
                });
    }

    private static List<String> callProblems(OpenAiHarness h, JsonObject body) {
        List<String> problems = new ArrayList<>();
        String placeholder = h.vault.secrets().get(OpenAiHarness.SECRET).placeholder();
        for (EgressRecord record : h.egressRecords()) {
            String shown = record.method() + " " + record.uri();
            List<String> authorization = record.headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Authorization")).flatMap(e -> e.getValue().stream()).toList();
            if (!record.method().equals("POST") || !record.uri().toString().equals(h.endpoint())) {
                problems.add("a request was " + h.vault.redact(shown));
            }
            if (!authorization.equals(List.of("Bearer " + placeholder))) {
                problems.add("Authorization was " + authorization.stream().map(h.vault::redact).toList()
                        + ", expected exactly one \"Bearer \" + the OPENAI_API_KEY placeholder");
            }
            if (h.vault.redact(shown).contains("[secret:") || new String(record.body(), java.nio.charset.StandardCharsets.UTF_8).contains(placeholder)) {
                problems.add("the key's placeholder is in the URL or the body");
            }
        }
        for (RecordedRequest request : h.fake.completionRequests()) {
            if (!request.header("authorization").equals(Optional.of("Bearer " + OpenAiHarness.KEY))) {
                problems.add("a request reached the server without the real key in Authorization");
            }
            if (!request.header("content-type").map(type -> type.startsWith("application/json")).orElse(false)) {
                problems.add("Content-Type was " + request.header("content-type").orElse("absent"));
            }
        }
        if (!body.optString("model").equals(Optional.ofNullable(h.manifest().config().get("model")))) {
            problems.add("model was " + body.get("model").map(Json::toString).orElse("absent"));
        }
        if (body.get("stream").map(s -> s.equals(Json.of(true))).orElse(false)) {
            problems.add("stream was true");
        }
        if (body.get("n").map(n -> !n.equals(Json.of(1))).orElse(false)) {
            problems.add("n was " + body.get("n").orElseThrow());
        }
        if (h.egressRecords().isEmpty()) {
            problems.add("no request was sent");
        }
        return problems;
    }

    static Check<OpenAiHarness> sendsAToolRound() {
        return Check.of("sends tools, tool calls as JSON strings and each result with its call's id; reads two tool calls back",
                Set.of("MOD-REQ-002", "MOD-REQ-003", "OAI-REQ-001", "OAI-REQ-002", "MOD-RES-001", "OAI-RES-001"), (h, v) -> {
                    h.start();
                    List<Answer.Call> answered = List.of(
                            new Answer.Call("call_w1Xy2Zv3Ut4Sr5Qp", "get_weather", "{\"city\":\"Genève\",\"units\":{\"temp\":\"C\"}}"),
                            new Answer.Call("call_a9Bc8De7Fg6Hi5Jk", "get_time", "{\"timezone\":\"Europe/Zurich\"}"));
                    h.fake.answerNext(Answers.finished("Checking Genève too.", answered, "tool_calls"));
                    ModelResult result = h.complete(Conversations.toolTurn());
                    JsonObject body = h.bodies().isEmpty() ? Json.object().build() : h.bodies().getFirst();
                    List<String> differences = SentMessages.differences(body, Conversations.toolTurn());
                    v.expect(List.of("MOD-REQ-003", "OAI-REQ-001"), !h.bodies().isEmpty() && differences.isEmpty(),
                            "assistant tool_calls with their ids, type function, names and arguments as JSON strings of the same objects,"
                                    + " then one tool message per result with its tool_call_id and content, in order",
                            () -> h.bodies().size() + " requests; " + differences);
                    List<JsonObject> tools = body.optArray("tools").map(JsonArray::objects).orElse(List.of());
                    boolean toolsOk = tools.equals(Conversations.toolsAsSent());
                    v.expect(List.of("MOD-REQ-002", "OAI-REQ-002"), toolsOk,
                            "tools " + Conversations.toolsAsSent() + " (name, description and schema unchanged, as function tools, in order)",
                            () -> "tools " + body.get("tools").map(Json::toString).orElse("absent"));
                    List<ToolCall> expected = List.of(
                            new ToolCall("call_w1Xy2Zv3Ut4Sr5Qp", "get_weather", Json.parseObject(answered.get(0).arguments())),
                            new ToolCall("call_a9Bc8De7Fg6Hi5Jk", "get_time", Json.parseObject(answered.get(1).arguments())));
                    boolean calls = result instanceof ModelResult.Reply reply && reply.toolCalls().equals(expected)
                            && reply.text().equals("Checking Genève too.") && reply.stopReason() == ModelResult.StopReason.TOOL_USE;
                    v.expect(List.of("MOD-RES-001", "OAI-RES-001"), calls,
                            "Reply with the text \"Checking Genève too.\", tool calls " + expected + " in order, and TOOL_USE",
                            () -> "result " + result);
                });
    }

    static Check<OpenAiHarness> sendsNoToolsWhenThereAreNone() {
        return Check.of("sends neither tools nor tool_choice when the request has no tools",
                Set.of("MOD-REQ-002", "OAI-REQ-002"), (h, v) -> {
                    h.start();
                    ModelResult result = h.complete(Conversations.question("Just say hello."));
                    JsonObject body = h.bodies().isEmpty() ? Json.object().build() : h.bodies().getFirst();
                    v.expect(List.of("MOD-REQ-002", "OAI-REQ-002"), !h.bodies().isEmpty() && !body.has("tools") && !body.has("tool_choice")
                                    && result instanceof ModelResult.Reply,
                            "a request without \"tools\" and \"tool_choice\" (OpenAI refuses an empty tools list), answered with a Reply",
                            () -> "tools " + body.get("tools").map(Json::toString).orElse("absent") + ", tool_choice "
                                    + body.get("tool_choice").map(Json::toString).orElse("absent") + ", result " + result);
                });
    }

    static Check<OpenAiHarness> usesTheConfiguredLimitParameter() {
        return Check.of("sends max_completion_tokens, and not max_tokens, when tokenLimitParameter says so (o4-mini)",
                Set.of("OAI-API-003"), (h, v) -> {
                    h.start(h.exampleConfig(Map.of("tokenLimitParameter", "max_completion_tokens", "model", "o4-mini")));
                    ModelResult result = h.complete(Conversations.question("Think, then say hello."));
                    JsonObject body = h.bodies().isEmpty() ? Json.object().build() : h.bodies().getFirst();
                    v.expect("OAI-API-003", body.optLong("max_completion_tokens").equals(Optional.of(64L)) && !body.has("max_tokens")
                                    && result instanceof ModelResult.Reply,
                            "max_completion_tokens 64 and no max_tokens, so that o4-mini answers with a Reply",
                            () -> "max_completion_tokens " + body.get("max_completion_tokens").map(Json::toString).orElse("absent")
                                    + ", max_tokens " + body.get("max_tokens").map(Json::toString).orElse("absent") + ", result " + result);
                });
    }

    static Check<OpenAiHarness> sendsNoKeyWhenConfiguredWithout() {
        return Check.of("with apiKey none, starts without the secret and sends no Authorization header",
                Set.of("OAI-API-002"), (h, v) -> {
                    try (OpenAiHarness local = h.sibling(h.seed(), true)) {
                        String started = "started";
                        ModelResult result = null;
                        try {
                            local.start(local.exampleConfig(Map.of("apiKey", "none")));
                            result = local.complete(Conversations.question("Hello, local model."));
                        } catch (RuntimeException e) {
                            started = "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        List<String> withKey = local.fake.completionRequests().stream()
                                .filter(r -> r.header("authorization").isPresent()).map(r -> r.header("authorization").orElseThrow()).toList();
                        ModelResult seen = result;
                        String startedSeen = started;
                        v.expect("OAI-API-002", started.equals("started") && result instanceof ModelResult.Reply && withKey.isEmpty()
                                        && !local.fake.completionRequests().isEmpty(),
                                "start does not ask for OPENAI_API_KEY (unset here), and the request carries no Authorization header",
                                () -> startedSeen + "; result " + seen + "; Authorization headers sent: " + withKey);
                    }
                });
    }
}
