package dev.pincer.conformance.fake.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake answers valid requests as scripted, and routes, authenticates and records like the API. */
class FakeAnthropicTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
    private final FakeAnthropic fake = FakeAnthropic.start(MessagesClient.KEY, now::get);
    private final MessagesClient client = new MessagesClient(fake.baseUri());

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void answersAValidRequestWithAMessageAndCountedUsage() throws Exception {
        HttpResponse<String> response = client.post(MessagesClient.hello("claude-sonnet-4-5"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject message = Json.parseObject(response.body());
        assertEquals("message", message.string("type"));
        assertEquals("assistant", message.string("role"));
        assertEquals("claude-sonnet-4-5-20250929", message.string("model"));
        assertTrue(message.string("id").startsWith("msg_"), message.string("id"));
        assertEquals("end_turn", message.string("stop_reason"));
        assertEquals("Hello! How can I help you today?", message.array("content").objects().getFirst().string("text"));
        assertEquals(2, message.object("usage").longValue("input_tokens"), "\"Hello\" is 5 bytes: 2 tokens at 4 bytes a token");
        assertTrue(response.headers().firstValue("request-id").orElse("").startsWith("req_"));
    }

    @Test
    void servesScriptedAnswersInOrderThenTheStandingOne() throws Exception {
        fake.answerNext(Answer.message("tool_use", Answer.toolUseBlock("toolu_01", "get_weather", Json.object().put("city", "Bern").build())),
                Answer.text("second"));
        fake.answerAlways(Answer.text("always"));

        assertEquals("tool_use", Json.parseObject(client.post(MessagesClient.hello("claude-haiku-4-5")).body()).string("stop_reason"));
        assertEquals("second", text(client.post(MessagesClient.hello("claude-haiku-4-5"))));
        assertEquals("always", text(client.post(MessagesClient.hello("claude-haiku-4-5"))));
        assertEquals("always", text(client.post(MessagesClient.hello("claude-haiku-4-5"))));
    }

    @Test
    void servesErrorsInTheApisEnvelopeWithRetryAfterAndRequestId() throws Exception {
        fake.answerNext(Answer.rateLimited(7), Answer.overloaded(null));

        HttpResponse<String> limited = client.post(MessagesClient.hello("claude-sonnet-4-5"));
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("retry-after").orElse(""));
        JsonObject body = Json.parseObject(limited.body());
        assertEquals("error", body.string("type"));
        assertEquals("rate_limit_error", body.object("error").string("type"));
        assertEquals(limited.headers().firstValue("request-id").orElse(""), body.string("request_id"));

        HttpResponse<String> overloaded = client.post(MessagesClient.hello("claude-sonnet-4-5"));
        assertEquals(529, overloaded.statusCode());
        assertEquals("Overloaded", MessagesClient.error(overloaded).string("message"));
        assertTrue(overloaded.headers().firstValue("retry-after").isEmpty());
    }

    @Test
    void refusesAWrongOrMissingKeyWith401() throws Exception {
        HttpResponse<String> wrong = client.send("POST", "/v1/messages", MessagesClient.hello("claude-sonnet-4-5"), "sk-ant-wrong", "2023-06-01");
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid x-api-key", MessagesClient.error(wrong).string("message"));
        HttpResponse<String> missing = client.send("POST", "/v1/messages", MessagesClient.hello("claude-sonnet-4-5"), null, "2023-06-01");
        assertEquals(401, missing.statusCode());
        assertEquals("authentication_error", MessagesClient.error(missing).string("type"));
    }

    @Test
    void refusesAMissingVersionHeaderAndUnknownPaths() throws Exception {
        HttpResponse<String> noVersion = client.send("POST", "/v1/messages", MessagesClient.hello("claude-sonnet-4-5"), MessagesClient.KEY, null);
        assertEquals(400, noVersion.statusCode());
        assertEquals("anthropic-version: header is required", MessagesClient.error(noVersion).string("message"));
        HttpResponse<String> path = client.send("POST", "/v1/chat/completions", "{}", MessagesClient.KEY, "2023-06-01");
        assertEquals(404, path.statusCode());
        assertEquals("not_found_error", MessagesClient.error(path).string("type"));
    }

    @Test
    void answersUnknownModelsWith404AndServesModelInfo() throws Exception {
        HttpResponse<String> unknown = client.post(MessagesClient.hello("claude-sonnet-0-0"));
        assertEquals(404, unknown.statusCode());
        assertEquals("model: claude-sonnet-0-0", MessagesClient.error(unknown).string("message"));
        HttpResponse<String> info = client.send("GET", "/v1/models/claude-opus-4-1", null, MessagesClient.KEY, "2023-06-01");
        assertEquals(200, info.statusCode(), info.body());
        assertEquals("claude-opus-4-1-20250805", Json.parseObject(info.body()).string("id"));
    }

    @Test
    void refusesRequestsLongerThanTheContextWindow() throws Exception {
        fake.setContextWindow(10);
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":16,\"messages\":[{\"role\":\"user\",\"content\":\""
                + "x".repeat(200) + "\"}]}";

        HttpResponse<String> response = client.post(body);

        assertEquals(400, response.statusCode());
        assertEquals("prompt is too long: 50 tokens > 10 maximum", MessagesClient.error(response).string("message"));
    }

    @Test
    void dropsTheConnectionWhenScriptedAndRecordsMinusOne() {
        fake.answerNext(new Answer.Drop());

        assertThrows(IOException.class, () -> client.post(MessagesClient.hello("claude-sonnet-4-5")));
        assertEquals(-1, fake.messageRequests().getFirst().status());
    }

    @Test
    void holdsAHangingRequestUntilTheFakeCloses() throws Exception {
        fake.answerNext(new Answer.Hang());
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                client.post(MessagesClient.hello("claude-sonnet-4-5"));
            } catch (IOException | InterruptedException e) {
                // the fake closed without answering: expected
            }
        });
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (fake.messageRequests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, fake.messageRequests().getFirst().status(), "still unanswered");
        fake.close();
        caller.join(java.time.Duration.ofSeconds(5));
        assertTrue(!caller.isAlive(), "the held request ended when the fake closed");
    }

    @Test
    void recordsEachRequestWithTheVirtualTimeHeadersAndBody() throws Exception {
        client.post(MessagesClient.hello("claude-sonnet-4-5"));
        now.set(Instant.parse("2026-01-05T09:00:42Z"));
        client.post(MessagesClient.hello("claude-sonnet-4-5"));

        RecordedRequest second = fake.messageRequests().get(1);
        assertEquals(Instant.parse("2026-01-05T09:00:42Z"), second.at());
        assertEquals("2023-06-01", second.header("Anthropic-Version").orElseThrow());
        assertEquals("claude-sonnet-4-5", second.bodyJson().string("model"));
        assertEquals(200, second.status());
    }

    private static String text(HttpResponse<String> response) {
        return Json.parseObject(response.body()).array("content").objects().getFirst().string("text");
    }
}
