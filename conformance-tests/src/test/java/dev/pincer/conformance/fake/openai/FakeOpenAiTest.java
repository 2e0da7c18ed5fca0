package dev.pincer.conformance.fake.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOpenAiTest {
    static final String KEY = "sk-pincer-conformance-0123456789abcdef012345wxyz";
    private static final String HELLO = "{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Grüezi\"}],"
            + "\"max_tokens\":64}";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
    private final FakeOpenAi fake = FakeOpenAi.start(Optional.of(KEY), now::get);
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        fake.close();
        client.close();
    }

    private HttpResponse<String> post(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUri() + FakeOpenAi.CHAT_PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, "Bearer " + KEY);
    }

    private static JsonObject error(HttpResponse<String> response) {
        return Json.parseObject(response.body()).object("error");
    }

    @Test
    void answersAnUnscriptedRequestWithATextCompletionInOpenAisShape() throws Exception {
        HttpResponse<String> response = post(HELLO);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
        JsonObject body = Json.parseObject(response.body());
        assertEquals("chat.completion", body.string("object"));
        assertEquals("gpt-4.1-mini", body.string("model"));
        assertEquals(Instant.parse("2026-01-05T09:00:00Z").getEpochSecond(), body.longValue("created"));
        JsonObject choice = body.array("choices").objects().getFirst();
        assertEquals("stop", choice.string("finish_reason"));
        assertEquals("assistant", choice.object("message").string("role"));
        assertEquals("This is the fake OpenAI server's answer.", choice.object("message").string("content"));
        assertEquals(12, body.object("usage").longValue("prompt_tokens"));
        assertEquals(9, body.object("usage").longValue("completion_tokens"));
    }

    @Test
    void recordsEachRequestWithTheVirtualTimeItsHeadersAndItsStatus() throws Exception {
        post(HELLO);
        now.set(Instant.parse("2026-01-05T09:00:07Z"));
        post(HELLO, null);
        List<RecordedRequest> requests = fake.completionRequests();
        assertEquals(2, requests.size());
        assertEquals(Instant.parse("2026-01-05T09:00:00Z"), requests.get(0).at());
        assertEquals(Instant.parse("2026-01-05T09:00:07Z"), requests.get(1).at());
        assertEquals(Optional.of("Bearer " + KEY), requests.get(0).header("authorization"));
        assertEquals(HELLO, requests.get(0).body());
        assertEquals("Grüezi", requests.get(0).json().orElseThrow().array("messages").objects().getFirst().string("content"));
        assertEquals(List.of(200, 401), requests.stream().map(RecordedRequest::status).toList());
    }

    @Test
    void refusesAMissingKeyAndMasksAWrongOneAsOpenAiDoes() throws Exception {
        HttpResponse<String> missing = post(HELLO, null);
        assertEquals(401, missing.statusCode());
        assertTrue(error(missing).string("message").startsWith("You didn't provide an API key."), missing.body());
        HttpResponse<String> wrong = post(HELLO, "Bearer sk-wrong-key-0000000000000000000000000000000000abcd");
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_api_key", error(wrong).string("code"));
        assertTrue(error(wrong).string("message").startsWith("Incorrect API key provided: sk-wrong******"), wrong.body());
        assertFalse(wrong.body().contains("sk-wrong-key-0000"), "the key is masked: " + wrong.body());
    }

    @Test
    void acceptsAnyKeyOrNoneLikeALocalServer() throws Exception {
        try (FakeOpenAi local = FakeOpenAi.start(Optional.empty(), now::get)) {
            for (String authorization : new String[] {null, "Bearer ollama"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local.baseUri() + FakeOpenAi.CHAT_PATH))
                        .POST(HttpRequest.BodyPublishers.ofString(HELLO));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                assertEquals(200, client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            }
        }
    }

    @Test
    void refusesWhatOpenAiRefusesWithItsMessages() throws Exception {
        String assistantWithCall = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]}";
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":[]}",
                "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\","
                + "\"content\":\"x\",\"tool_calls\":[]}]}",
                "Invalid 'messages[1].tool_calls': empty array. Expected an array with minimum length 1, but got an empty array instead.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\","
                + "\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":{}}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"ok\"}]}",
                "Invalid type for 'messages[1].tool_calls[0].function.arguments': expected a string, but got an object instead.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"ok\"}]}",
                "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}," + assistantWithCall
                + ",{\"role\":\"user\",\"content\":\"and?\"}]}",
                "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'."
                        + " The following tool_call_ids did not have response messages: call_1");
        assertRefused("{\"model\":\"o4-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":10}",
                "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tool_choice\":\"auto\"}",
                "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.");
        assertRefused("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "you must provide a model parameter");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":0}",
                "Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got 0 instead.");
        assertRefused("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}",
                "Invalid value: 'robot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.");
        assertTrue(error(post("{\"model\":")).string("message").startsWith("We could not parse the JSON body of your request."));
        assertTrue(error(post("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true}"))
                .string("message").contains("does not stream"));
    }

    private void assertRefused(String body, String message) throws Exception {
        HttpResponse<String> response = post(body);
        assertEquals(400, response.statusCode(), body);
        assertEquals(message, error(response).string("message"));
        assertEquals("invalid_request_error", error(response).string("type"));
    }

    @Test
    void acceptsAToolTurnWhoseCallsAreAllAnswered() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"a\",\"type\":\"function\",\"function\":{\"name\":\"f\","
                + "\"arguments\":\"{}\"}},{\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"a\",\"content\":\"1\"},{\"role\":\"tool\",\"tool_call_id\":\"b\",\"content\":\"\"}],"
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}]}");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void answersScriptedAnswersInOrderThenTheStandingOne() throws Exception {
        fake.answerNext(Answers.rateLimited(Optional.of(7)), Answers.overloaded(Optional.empty()),
                Answers.toolCalls(List.of(new Answer.Call("call_x", "get_time", "{\"tz\":\"UTC\"}")), 30, 8));
        fake.answerAlways(Answers.serverError(502));
        HttpResponse<String> limited = post(HELLO);
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("retry-after").orElseThrow());
        assertEquals("0", limited.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow());
        assertEquals("rate_limit_exceeded", error(limited).string("code"));
        HttpResponse<String> overloaded = post(HELLO);
        assertEquals(503, overloaded.statusCode());
        assertTrue(overloaded.headers().firstValue("retry-after").isEmpty());
        JsonObject message = Json.parseObject(post(HELLO).body()).array("choices").objects().getFirst().object("message");
        assertEquals("call_x", message.array("tool_calls").objects().getFirst().string("id"));
        assertEquals("{\"tz\":\"UTC\"}", message.array("tool_calls").objects().getFirst().object("function").string("arguments"));
        assertEquals(502, post(HELLO).statusCode());
        assertEquals(502, post(HELLO).statusCode());
    }

    @Test
    void dropsTheConnectionWithoutAnAnswer() {
        fake.answerNext(new Answer.Drop());
        assertThrows(IOException.class, () -> post(HELLO));
        assertEquals(-1, fake.completionRequests().getFirst().status());
    }

    @Test
    void holdsARequestUntilItCloses() throws Exception {
        fake.answerNext(new Answer.Hold());
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(HttpRequest.newBuilder(
                URI.create(fake.baseUri() + FakeOpenAi.CHAT_PATH)).header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(HELLO)).build(), HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (fake.completionRequests().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        assertFalse(pending.isDone(), "still held");
        assertEquals(0, fake.completionRequests().getFirst().status());
        fake.close();
        assertThrows(Exception.class, () -> pending.get(3, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void answersOtherPathsWithOpenAisInvalidUrl() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(fake.baseUri() + "/v1/completion"))
                .POST(HttpRequest.BodyPublishers.ofString(HELLO)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals("Invalid URL (POST /v1/completion)", error(response).string("message"));
    }

    @Test
    void servesAMalformedBodyAndAProxysHtmlPageAsScripted() throws Exception {
        fake.answerNext(Answers.malformed("{}"), Answers.badGatewayHtml());
        HttpResponse<String> empty = post(HELLO);
        assertEquals(200, empty.statusCode());
        assertEquals("{}", empty.body());
        HttpResponse<String> html = post(HELLO);
        assertEquals(502, html.statusCode());
        assertEquals("text/html", html.headers().firstValue("content-type").orElseThrow());
    }
}
