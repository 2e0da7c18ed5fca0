package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.openai.Answer;
import dev.pincer.conformance.fake.openai.Answers;
import dev.pincer.spi.ModelResult;
import dev.pincer.spi.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks of errors that are not retried: context length, credentials, rejected requests and exhausted quota. */
final class ErrorChecks {
    private ErrorChecks() {}

    static List<Check<OpenAiHarness>> all() {
        return List.of(reportsContextTooLongOfEachServer(), failsOnRefusalsWithTheServersMessage(), failsAtOnceWithoutQuota());
    }

    /** The message of an error body in any of the three shapes. */
    static String messageOf(Answer.Status answer) {
        var body = Json.parseObject(answer.body());
        return body.optObject("error").orElse(body).string("message");
    }

    static Check<OpenAiHarness> reportsContextTooLongOfEachServer() {
        return Check.of("reports the context-length errors of OpenAI, llama.cpp and vLLM as ContextTooLong after one request",
                Set.of("MOD-ERR-003", "OAI-ERR-002"), (h, v) -> {
                    h.start();
                    List<String> wrong = new ArrayList<>();
                    for (Answers.Server server : Answers.Server.values()) {
                        Answer.Status answer = Answers.contextTooLong(server);
                        int before = h.fake.completionRequests().size();
                        h.fake.answerAlways(answer);
                        ModelResult result = h.complete(Conversations.question("A very long question (" + server + ")"));
                        int requests = h.fake.completionRequests().size() - before;
                        if (!(result instanceof ModelResult.ContextTooLong tooLong) || !tooLong.reason().contains(messageOf(answer))
                                || requests != 1) {
                            wrong.add(server + ": " + requests + " requests, " + result);
                        }
                    }
                    v.expect(List.of("MOD-ERR-003", "OAI-ERR-002"), wrong.isEmpty(),
                            "ContextTooLong carrying the server's message, after exactly one request, for each server's shape",
                            () -> String.join("; ", wrong));
                });
    }

    private record Refusal(String name, Answer.Status answer, boolean credentials) {}

    static Check<OpenAiHarness> failsOnRefusalsWithTheServersMessage() {
        return Check.of("fails after one request on 401, 403, 404 and a 400 in vLLM's shape, with the server's message",
                Set.of("MOD-ERR-004", "OAI-ERR-001"), (h, v) -> {
                    List<Refusal> refusals = List.of(
                            new Refusal("401", Answers.invalidApiKey(OpenAiHarness.KEY.replace("0123", "9999")), true),
                            new Refusal("403", Answers.regionNotSupported(), true),
                            new Refusal("404", Answers.modelNotFound("gpt-4.1-mini-typo"), false),
                            new Refusal("400 (vLLM)", Answers.vllmBadRequest("max_tokens must be at least 1, got -186."), false));
                    h.start();
                    List<String> wrong = new ArrayList<>();
                    for (Refusal refusal : refusals) {
                        int before = h.fake.completionRequests().size();
                        h.fake.answerAlways(refusal.answer());
                        ModelResult result = h.complete(Conversations.question("Refused? " + refusal.name()));
                        int requests = h.fake.completionRequests().size() - before;
                        boolean ok = requests == 1 && result instanceof ModelResult.Failed failed
                                && failed.reason().contains(messageOf(refusal.answer()))
                                && (!refusal.credentials() || failed.reason().contains(OpenAiHarness.SECRET));
                        if (!ok) {
                            wrong.add(refusal.name() + ": " + requests + " requests, " + result);
                        }
                    }
                    v.expect(List.of("MOD-ERR-004", "OAI-ERR-001"), wrong.isEmpty(),
                            "Failed after one request, its reason carrying the server's message verbatim, and naming OPENAI_API_KEY"
                                    + " for 401 and 403",
                            () -> String.join("; ", wrong));
                });
    }

    static Check<OpenAiHarness> failsAtOnceWithoutQuota() {
        return Check.of("fails after one request on a 429 for exhausted quota", Set.of("OAI-ERR-003"), (h, v) -> {
            h.start();
            h.fake.answerAlways(Answers.insufficientQuota());
            ModelResult result = h.complete(Conversations.question("Out of credit?"));
            int requests = h.fake.completionRequests().size();
            v.expect("OAI-ERR-003", requests == 1 && result instanceof ModelResult.Failed failed
                            && failed.reason().contains("You exceeded your current quota"),
                    "Failed whose reason carries \"You exceeded your current quota…\", after exactly one request",
                    () -> requests + " requests, result " + result);
        });
    }
}
