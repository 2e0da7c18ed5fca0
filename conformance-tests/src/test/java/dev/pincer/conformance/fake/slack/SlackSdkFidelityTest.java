package dev.pincer.conformance.fake.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The official Slack Java SDK (com.slack.api) against the fake: a client no one here wrote accepts it. */
class SlackSdkFidelityTest {
    private static final String TOKEN = "xoxb-1111-2222-sdkfidelity";
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99sdkfidelity";
    private static final Instant NOW = Instant.now(); // the SDK's verifier reads the real clock

    private final FakeSlack fake = FakeSlack.start(TOKEN, SIGNING_SECRET, () -> NOW);
    private final Slack slack;

    SlackSdkFidelityTest() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.baseUri() + "/api/");
        config.setPrettyResponseLoggingEnabled(false);
        slack = Slack.getInstance(config);
    }

    @AfterEach
    void close() throws Exception {
        fake.close();
        slack.close();
    }

    private MethodsClient methods(String token) {
        return slack.methods(token);
    }

    @Test
    void sdkAuthTestParsesTheBotIdentity() throws Exception {
        AuthTestResponse response = methods(TOKEN).authTest(r -> r);
        assertTrue(response.isOk(), response.toString());
        assertEquals(FakeSlack.BOT_USER_ID, response.getUserId());
        assertEquals(FakeSlack.BOT_ID, response.getBotId());
        assertEquals("T0TEAM0001", response.getTeamId());
        assertEquals(TOKEN, fake.calls("auth.test").get(0).token(), "the SDK's token reached the fake");
    }

    @Test
    void sdkPostMessageIsAcceptedRenderedAndParsed() throws Exception {
        ChatPostMessageResponse response = methods(TOKEN).chatPostMessage(r -> r.channel("C0A1B2C3D4E")
                .text("Fish &amp; chips &lt;3").threadTs("1767603600.000200"));
        assertTrue(response.isOk(), response.toString());
        PostedMessage posted = fake.postedMessages().get(0);
        assertEquals(posted.ts(), response.getTs());
        assertEquals("C0A1B2C3D4E", response.getChannel());
        assertEquals("Fish & chips <3", posted.shownText());
        assertEquals(java.util.Optional.of("1767603600.000200"), posted.threadTs());
        assertEquals(posted.ts(), response.getMessage().getTs());
    }

    @Test
    void sdkSeesOkFalseErrorsAsSlackReportsThem() throws Exception {
        ChatPostMessageResponse wrongToken = methods("xoxb-not-the-token").chatPostMessage(r -> r.channel("C1").text("x"));
        assertFalse(wrongToken.isOk());
        assertEquals("invalid_auth", wrongToken.getError());
        fake.failNext("chat.postMessage", new SlackFault.ApiError("channel_not_found"));
        ChatPostMessageResponse missing = methods(TOKEN).chatPostMessage(r -> r.channel("C404").text("x"));
        assertFalse(missing.isOk());
        assertEquals("channel_not_found", missing.getError());
    }

    @Test
    void sdkSeesTheTruncationWarning() throws Exception {
        ChatPostMessageResponse response = methods(TOKEN).chatPostMessage(r -> r.channel("C1").text("x".repeat(40_001)));
        assertTrue(response.isOk());
        assertEquals("message_truncated", response.getWarning());
        assertEquals(List.of("message_truncated"), response.getResponseMetadata().getWarnings());
    }

    @Test
    void sdkSurfaces429AsAnExceptionCarryingRetryAfter() {
        fake.failNext("chat.postMessage", new SlackFault.RateLimited(30));
        SlackApiException e = assertThrows(SlackApiException.class,
                () -> methods(TOKEN).chatPostMessage(r -> r.channel("C1").text("x")));
        assertEquals(429, e.getResponse().code());
        assertEquals("30", e.getResponse().header("Retry-After"));
        assertEquals("ratelimited", e.getError().getError());
    }

    @Test
    void sdkVerifierAcceptsTheFakesSignedEventsAndGeneratesTheSameSignature() throws Exception {
        List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/", exchange -> {
            headers.add(exchange.getRequestHeaders());
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        endpoint.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/events");
            fake.events().send(uri, EventRequest.of("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"text\":\"é ✓\"}"));
            fake.events().send(uri, EventRequest.of("{\"type\":\"event_callback\"}").signedWith("another-secret"));
            fake.events().send(uri, EventRequest.of("{\"type\":\"event_callback\"}").clockOffset(-301));
            SlackSignature.Generator generator = new SlackSignature.Generator(SIGNING_SECRET);
            SlackSignature.Verifier verifier = new SlackSignature.Verifier(generator);
            long now = NOW.toEpochMilli();
            assertTrue(verifier.isValid(timestamp(headers.get(0)), bodies.get(0), signature(headers.get(0)), now));
            assertEquals(generator.generate(timestamp(headers.get(0)), bodies.get(0)), signature(headers.get(0)));
            assertFalse(verifier.isValid(timestamp(headers.get(1)), bodies.get(1), signature(headers.get(1)), now));
            assertFalse(verifier.isValid(timestamp(headers.get(2)), bodies.get(2), signature(headers.get(2)), now));
        } finally {
            endpoint.stop(0);
        }
    }

    private static String timestamp(Map<String, List<String>> headers) {
        return headers.get("X-slack-request-timestamp").get(0);
    }

    private static String signature(Map<String, List<String>> headers) {
        return headers.get("X-slack-signature").get(0);
    }
}
