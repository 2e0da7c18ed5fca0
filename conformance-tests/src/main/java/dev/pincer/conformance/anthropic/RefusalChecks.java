package dev.pincer.conformance.anthropic;

import static dev.pincer.conformance.anthropic.Observations.reasonContains;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.spi.ModelResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Checks of answers that no retry helps: context length, refused keys, rejected requests, spend limits. */
final class RefusalChecks {
    private RefusalChecks() {}

    static Check<AnthropicHarness> reportsContextTooLong() {
        return Check.of("reports prompt-too-long, context-limit and 413 answers as ContextTooLong after one request each",
                Set.of("MOD-ERR-003", "ANT-ERR-002"), (h, v) -> {
                    h.start();
                    h.fake.setContextWindow(1000);
                    int before = h.messageRequests().size();
                    Object tooLong = Observations.outcome(h, Requests.longText(9600));
                    String fakeMessage = h.messageRequests().size() > before ? message(h.messageRequests().getLast().responseBody()) : "";
                    boolean window = h.messageRequests().size() - before == 1 && fakeMessage.startsWith("prompt is too long")
                            && reasonContains(tooLong, ModelResult.ContextTooLong.class, fakeMessage);
                    h.fake.setContextWindow(0);
                    String limit = h.fixture("ant-error-context-limit").object("error").string("message");
                    String fromFixture = once(h, Answer.invalidRequest(limit), ModelResult.ContextTooLong.class, limit);
                    String tooLarge = once(h, Answer.requestTooLarge(), ModelResult.ContextTooLong.class,
                            "Request exceeds the maximum allowed number of bytes.");
                    String other = "max_tokens: Input should be less than or equal to 128000";
                    String notContext = once(h, Answer.invalidRequest(other), ModelResult.Failed.class, other);
                    v.expect("MOD-ERR-003", window && fromFixture.equals("ok") && tooLarge.equals("ok"),
                            "ContextTooLong carrying Anthropic's message, after exactly one request, for a request over the fake's"
                                    + " 1000-token window, for fixture ant-error-context-limit and for 413 request_too_large",
                            () -> "over the window: " + tooLong + " (the fake said \"" + fakeMessage + "\"); context limit: " + fromFixture
                                    + "; 413: " + tooLarge);
                    v.expect("ANT-ERR-002", window && fromFixture.equals("ok") && tooLarge.equals("ok") && notContext.equals("ok"),
                            "the two context-length messages and 413 give ContextTooLong; a 400 \"" + other + "\" gives Failed",
                            () -> "over the window: " + tooLong + "; context limit: " + fromFixture + "; 413: " + tooLarge
                                    + "; other 400: " + notContext);
                });
    }

    static Check<AnthropicHarness> failsWithoutRetryOnRefusals() {
        return Check.of("fails after one request on 401, 403, 400, 404 and 402, with Anthropic's message",
                Set.of("MOD-ERR-004", "ANT-ERR-001"), (h, v) -> {
                    h.start();
                    List<String> outcomes = new ArrayList<>();
                    outcomes.add(once(h, Answer.unauthorized(), ModelResult.Failed.class, "invalid x-api-key", AnthropicHarness.SECRET_NAME));
                    outcomes.add(once(h, Answer.forbidden(), ModelResult.Failed.class, "Permission denied", AnthropicHarness.SECRET_NAME));
                    String empty = "messages.0.content.0.text: text content blocks must be non-empty";
                    String badRequest = once(h, Answer.invalidRequest(empty), ModelResult.Failed.class, empty);
                    outcomes.add(badRequest);
                    outcomes.add(once(h, new Answer.Error(404, "not_found_error", "model: claude-sonnet-0-0", OptionalInt.empty(),
                            Optional.empty()), ModelResult.Failed.class, "model: claude-sonnet-0-0"));
                    String billing = "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade"
                            + " or purchase credits.";
                    outcomes.add(once(h, new Answer.Error(402, "billing_error", billing, OptionalInt.empty(), Optional.empty()),
                            ModelResult.Failed.class, billing));
                    v.expect("MOD-ERR-004", outcomes.stream().allMatch("ok"::equals),
                            "Failed after exactly one request, with Anthropic's message, for 401 and 403 (naming ANTHROPIC_API_KEY), 400,"
                                    + " 404 and 402",
                            () -> "outcomes " + outcomes);
                    v.expect("ANT-ERR-001", badRequest.equals("ok"),
                            "a 400's error.message verbatim in the reason of Failed", () -> "400: " + badRequest);
                });
    }

    static Check<AnthropicHarness> doesNotRetryASpendLimit() {
        return Check.of("fails after one request on a 429 for a reached spend limit", Set.of("ANT-ERR-003"), (h, v) -> {
            h.start();
            String message = "You have reached your specified API usage limits. You will regain access on 2026-02-01 at 00:00 UTC.";
            String outcome = once(h, Answer.spendLimitReached(message), ModelResult.Failed.class, message);
            v.expect("ANT-ERR-003", outcome.equals("ok"), "Failed with Anthropic's message after exactly one request",
                    () -> outcome);
        });
    }

    /** "ok", or what happened instead of {@code type} with every part in its reason after exactly one request. */
    private static String once(AnthropicHarness h, Answer answer, Class<? extends ModelResult> type, String... parts)
            throws InterruptedException {
        int before = h.messageRequests().size();
        h.fake.answerNext(answer);
        Object result = Observations.outcome(h, Requests.hello(256));
        int sent = h.messageRequests().size() - before;
        h.fake.clearAnswers();
        boolean ok = sent == 1 && reasonContains(result, type, parts);
        return ok ? "ok" : describe(answer) + " gave " + result + " after " + sent + " requests";
    }

    private static String describe(Answer answer) {
        return answer instanceof Answer.Error e ? e.status() + " " + e.type() : answer.toString();
    }

    private static String message(String body) {
        try {
            return dev.pincer.spi.json.Json.parseObject(body).object("error").string("message");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
