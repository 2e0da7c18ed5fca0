package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.openai.Answer;
import dev.pincer.conformance.fake.openai.Answers;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.ModelResult.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of how answers are read: stop reasons, usage, and malformed answers. */
final class ResultChecks {
    private ResultChecks() {}

    static List<Check<OpenAiHarness>> all() {
        return List.of(mapsEveryFinishReason(), reportsZeroUsageWhenAbsent(), failsCleanlyOnMalformedAnswers());
    }

    private record Case(String name, Answer answer, StopReason expected, String text) {}

    private static final Answer.Call CALL = new Answer.Call("call_Zz9Yy8Xx7Ww6Vv5U", "get_time", "{\"timezone\":\"UTC\"}");

    static Check<OpenAiHarness> mapsEveryFinishReason() {
        return Check.of("maps each finish_reason of the profile's table, a refusal and an unknown reason",
                Set.of("MOD-RES-002", "OAI-RES-002"), (h, v) -> {
                    List<Case> cases = List.of(
                            new Case("stop", Answers.finished("Done.", List.of(), "stop"), StopReason.END_TURN, "Done."),
                            new Case("tool_calls", Answers.finished(null, List.of(CALL), "tool_calls"), StopReason.TOOL_USE, ""),
                            new Case("stop with a tool call", Answers.finished(null, List.of(CALL), "stop"), StopReason.TOOL_USE, ""),
                            new Case("length", Answers.finished("The answer is cut", List.of(), "length"), StopReason.MAX_TOKENS,
                                    "The answer is cut"),
                            new Case("content_filter", Answers.finished(null, List.of(), "content_filter"), StopReason.REFUSAL, ""),
                            new Case("a refusal", Answers.refusal("I'm sorry, I can't help with that."), StopReason.REFUSAL,
                                    "I'm sorry, I can't help with that."),
                            new Case("function_call", Answers.finished("", List.of(), "function_call"), StopReason.OTHER, ""),
                            new Case("eos (unknown)", Answers.finished("Bye.", List.of(), "eos"), StopReason.OTHER, "Bye."));
                    h.start();
                    List<String> wrong = new ArrayList<>();
                    for (Case c : cases) {
                        h.fake.answerNext(c.answer());
                        ModelResult result;
                        try {
                            result = h.complete(Conversations.question("Case " + c.name()));
                        } catch (RuntimeException e) {
                            wrong.add(c.name() + " threw " + e);
                            continue;
                        }
                        if (!(result instanceof ModelResult.Reply reply) || reply.stopReason() != c.expected() || !reply.text().equals(c.text())) {
                            wrong.add(c.name() + " gave " + result);
                        }
                    }
                    v.expect(List.of("MOD-RES-002", "OAI-RES-002"), wrong.isEmpty(),
                            "stop END_TURN, tool_calls and stop-with-calls TOOL_USE, length MAX_TOKENS, content_filter and a refusal REFUSAL"
                                    + " (the refusal as text), function_call and eos OTHER",
                            () -> String.join("; ", wrong));
                });
    }

    static Check<OpenAiHarness> reportsZeroUsageWhenAbsent() {
        return Check.of("reports zero tokens when the answer has no usage", Set.of("MOD-RES-003", "OAI-RES-001"), (h, v) -> {
            h.start();
            h.fake.answerNext(new Answer.Completion(Optional.of("Hello from a server without usage."), List.of(), Optional.of("stop"),
                    Optional.empty(), Optional.empty()));
            ModelResult result = h.complete(Conversations.question("Hello?"));
            v.expect(List.of("MOD-RES-003", "OAI-RES-001"), result instanceof ModelResult.Reply reply
                            && reply.usage().equals(new ModelResult.Usage(0, 0)) && reply.text().equals("Hello from a server without usage."),
                    "Reply with usage 0 and 0 when the answer carries no usage", () -> "result " + result);
        });
    }

    static Check<OpenAiHarness> failsCleanlyOnMalformedAnswers() {
        return Check.of("fails cleanly, without a partial reply, on malformed answers", Set.of("MOD-ERR-005", "OAI-RES-001"), (h, v) -> {
            String call = "{\"id\":\"call_M1\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":%s}}";
            String withCall = "{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
                    + "\"assistant\",\"content\":null,\"tool_calls\":[" + call + "]},\"finish_reason\":\"tool_calls\"}]}";
            List<String> bodies = List.of(
                    "<html><body><h1>Welcome to the captive portal</h1></body></html>",
                    "{}",
                    "{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\"}]}",
                    withCall.formatted("\"not json\""),
                    withCall.formatted("\"[1,2]\""));
            h.start();
            List<String> wrong = new ArrayList<>();
            for (String body : bodies) {
                h.fake.answerAlways(Answers.malformed(body));
                try {
                    ModelResult result = h.complete(Conversations.question("Malformed?"));
                    if (!(result instanceof ModelResult.Failed) && !(result instanceof ModelResult.RetryAfter)) {
                        wrong.add(abbreviate(body) + " gave " + result);
                    }
                } catch (RuntimeException e) {
                    wrong.add(abbreviate(body) + " threw " + e);
                }
            }
            v.expect(List.of("MOD-ERR-005", "OAI-RES-001"), wrong.isEmpty(),
                    "Failed (or RetryAfter after retries) for an HTML page, {}, a choice without message, arguments \"not json\""
                            + " and arguments \"[1,2]\"; never an exception or a Reply",
                    () -> String.join("; ", wrong));
        });
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 57) + "...";
    }
}
