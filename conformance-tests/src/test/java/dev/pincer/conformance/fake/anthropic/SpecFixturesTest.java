package dev.pincer.conformance.fake.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's answers have the shape of the profile's fixtures, and it accepts the profile's example request. */
class SpecFixturesTest {
    private final SpecLibrary specs = SpecLibrary.load(Path.of("..", "specs"));
    private final FakeAnthropic fake = FakeAnthropic.start(MessagesClient.KEY, () -> Instant.EPOCH);
    private final MessagesClient client = new MessagesClient(fake.baseUri());

    @AfterEach
    void close() {
        fake.close();
    }

    private JsonObject fixture(String name) {
        return Json.parseObject(specs.fixture(name).content());
    }

    @Test
    void scriptedErrorsCarryTheFixturesTypeAndMessage() throws Exception {
        Map<String, Answer> answers = Map.of("ant-error-403", Answer.forbidden(), "ant-error-429", Answer.rateLimited(null),
                "ant-error-529", Answer.overloaded(null), "ant-error-500", Answer.serverError(500),
                "ant-error-413", Answer.requestTooLarge(), "ant-error-401", Answer.unauthorized());
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            fake.answerNext(entry.getValue());
            HttpResponse<String> response = client.post(MessagesClient.hello("claude-sonnet-4-5"));
            assertEquals(fixture(entry.getKey()).object("error"), MessagesClient.error(response), entry.getKey());
            assertEquals("error", Json.parseObject(response.body()).string("type"), entry.getKey());
        }
    }

    @Test
    void refusesAnUnknownModelWithTheFixturesError() throws Exception {
        HttpResponse<String> response = client.post(MessagesClient.hello("claude-sonnet-0-0"));
        assertEquals(fixture("ant-error-404-model").object("error"), MessagesClient.error(response));
    }

    @Test
    void refusesAWrongKeyWithTheFixturesError() throws Exception {
        HttpResponse<String> response = client.send("POST", "/v1/messages", MessagesClient.hello("claude-sonnet-4-5"), "sk-ant-x", "2023-06-01");
        assertEquals(fixture("ant-error-401").object("error"), MessagesClient.error(response));
    }

    @Test
    void acceptsTheProfilesExampleRequest() throws Exception {
        HttpResponse<String> response = client.post(specs.fixture("ant-request-tool-round").content());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void contextLengthFixturesHaveTheMessagesTheProfileNames() {
        assertTrue(fixture("ant-error-prompt-too-long").object("error").string("message").startsWith("prompt is too long"));
        assertTrue(fixture("ant-error-context-limit").object("error").string("message").contains("exceed context limit"));
        assertEquals(Optional.of("request_too_large"), fixture("ant-error-413").object("error").optString("type"));
    }

    @Test
    void messageFixtureIsAToolUseAnswerWithUsage() {
        JsonObject message = fixture("ant-message-tool-use");
        assertEquals("tool_use", message.string("stop_reason"));
        assertEquals("tool_use", message.array("content").objects().get(1).string("type"));
        assertEquals(412, message.object("usage").longValue("input_tokens"));
    }
}
