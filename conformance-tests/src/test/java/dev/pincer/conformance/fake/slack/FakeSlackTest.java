package dev.pincer.conformance.fake.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackTest {
    private static final String TOKEN = "xoxb-1111-2222-fakeslacktest";
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private final FakeSlack fake = FakeSlack.start(TOKEN, "signing-secret", () -> NOW);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> post(String method, String auth, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(fake.baseUri().resolve("/api/" + method))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", "Bearer " + auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAuthTestWithTheBotIdentity() throws Exception {
        HttpResponse<String> response = post("auth.test", TOKEN, "application/x-www-form-urlencoded", "");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"user_id\":\"U0BOT00001\""), response.body());
        assertTrue(response.body().contains("\"bot_id\":\"B0BOT00001\""), response.body());
    }

    @Test
    void refusesAMissingOrWrongTokenWithHttp200AndOkFalse() throws Exception {
        assertEquals("{\"ok\":false,\"error\":\"not_authed\"}", post("auth.test", null, "application/json", "{}").body());
        HttpResponse<String> wrong = post("chat.postMessage", "xoxb-wrong", "application/json", "{\"channel\":\"C1\",\"text\":\"x\"}");
        assertEquals(200, wrong.statusCode());
        assertEquals("{\"ok\":false,\"error\":\"invalid_auth\"}", wrong.body());
        assertEquals(List.of(), fake.postedMessages());
    }

    @Test
    void answersUnknownMethodsLikeSlack() throws Exception {
        assertEquals("{\"ok\":false,\"error\":\"unknown_method\"}", post("chat.nonsense", TOKEN, "application/json", "{}").body());
    }

    @Test
    void rendersControlSequencesAndTheThreeEntities() throws Exception {
        String text = "a &lt;b&gt; &amp;amp; <@U1> <!here> <https://x.org|link> <#C1|general> &quot; *bold*";
        HttpResponse<String> response = post("chat.postMessage", TOKEN, "application/json",
                "{\"channel\":\"C1\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"mrkdwn\":false}");
        assertTrue(response.body().startsWith("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1767603600.000101\""), response.body());
        PostedMessage posted = fake.postedMessages().get(0);
        assertEquals("a <b> &amp; @U1 @here link #general &quot; *bold*", posted.shownText());
        assertEquals(java.util.Optional.of(false), posted.mrkdwn());
    }

    @Test
    void truncatesTextAbove40000UnitsWithAWarning() throws Exception {
        HttpResponse<String> response = post("chat.postMessage", TOKEN, "application/x-www-form-urlencoded",
                "channel=C1&thread_ts=1767603600.000200&text=" + "x".repeat(40_001));
        assertTrue(response.body().contains("\"warning\":\"message_truncated\""), response.body());
        PostedMessage posted = fake.postedMessages().get(0);
        assertEquals(40_000, posted.shownText().length());
        assertTrue(posted.truncated());
        assertEquals(java.util.Optional.of("1767603600.000200"), posted.threadTs());
    }

    @Test
    void answersRateLimitsWith429RetryAfterAndRatelimited() throws Exception {
        fake.failNext("chat.postMessage", new SlackFault.RateLimited(30));
        HttpResponse<String> response = post("chat.postMessage", TOKEN, "application/json", "{\"channel\":\"C1\",\"text\":\"x\"}");
        assertEquals(429, response.statusCode());
        assertEquals("30", response.headers().firstValue("Retry-After").orElse(""));
        assertEquals("{\"ok\":false,\"error\":\"ratelimited\"}", response.body());
        assertEquals(429, fake.calls("chat.postMessage").get(0).status());
        assertEquals(NOW, fake.calls().get(0).at());
    }

    @Test
    void signsEventsWithTheVirtualClockAndSendsRetryHeaders() throws Exception {
        List<Map<String, List<String>>> seen = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/", exchange -> {
            seen.add(exchange.getRequestHeaders());
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        endpoint.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/events");
            EventAnswer answer = fake.events().send(uri, EventRequest.of("{\"type\":\"event_callback\"}").retry(2, "http_timeout"));
            assertEquals(200, answer.status());
            Map<String, List<String>> headers = seen.get(0);
            String timestamp = headers.get("X-slack-request-timestamp").get(0);
            assertEquals(Long.toString(NOW.getEpochSecond()), timestamp);
            assertEquals(SlackSigner.sign("signing-secret", timestamp, bodies.get(0).getBytes(StandardCharsets.UTF_8)),
                    headers.get("X-slack-signature").get(0));
            assertEquals(List.of("2"), headers.get("X-slack-retry-num"));
            assertEquals(List.of("http_timeout"), headers.get("X-slack-retry-reason"));
            fake.events().send(uri, EventRequest.of("{}").clockOffset(-301).tamperedTo("{\"x\":1}"));
            assertEquals(Long.toString(NOW.getEpochSecond() - 301), seen.get(1).get("X-slack-request-timestamp").get(0));
            assertEquals("{\"x\":1}", bodies.get(1));
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    void signsLikeSlacksDocumentedExample() {
        // The worked example from api.slack.com/authentication/verifying-requests-from-slack.
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        assertEquals("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                SlackSigner.sign("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void takesATokenParameterFromAFormButNotFromAJsonBody() throws Exception {
        assertTrue(post("auth.test", null, "application/x-www-form-urlencoded", "token=" + TOKEN).body().startsWith("{\"ok\":true"));
        assertEquals("{\"ok\":false,\"error\":\"not_authed\"}",
                post("auth.test", null, "application/json", "{\"token\":\"" + TOKEN + "\"}").body());
    }

    @Test
    void answersNoTextAndChannelNotFoundForMissingParameters() throws Exception {
        assertEquals("{\"ok\":false,\"error\":\"no_text\"}", post("chat.postMessage", TOKEN, "application/json", "{\"channel\":\"C1\"}").body());
        assertEquals("{\"ok\":false,\"error\":\"channel_not_found\"}", post("chat.postMessage", TOKEN, "application/json", "{\"text\":\"x\"}").body());
        assertEquals("{\"ok\":false,\"error\":\"invalid_json\"}", post("chat.postMessage", TOKEN, "application/json", "{\"text\":").body());
    }

    @Test
    void scriptsErrorsServerFailuresAndResetsInOrder() throws Exception {
        fake.failNext("chat.postMessage", new SlackFault.ApiError("channel_not_found"));
        fake.failNext("chat.postMessage", new SlackFault.ServerError(502));
        fake.failNext("*", new SlackFault.ConnectionReset());
        String body = "{\"channel\":\"C1\",\"text\":\"x\"}";
        HttpResponse<String> refused = post("chat.postMessage", TOKEN, "application/json", body);
        assertEquals(200, refused.statusCode());
        assertEquals("{\"ok\":false,\"error\":\"channel_not_found\"}", refused.body());
        HttpResponse<String> gateway = post("chat.postMessage", TOKEN, "application/json", body);
        assertEquals(502, gateway.statusCode());
        assertTrue(gateway.body().contains("502 Bad Gateway"), gateway.body());
        assertThrows(java.io.IOException.class, () -> post("chat.postMessage", TOKEN, "application/json", body));
        assertEquals(200, post("chat.postMessage", TOKEN, "application/json", body).statusCode());
        assertEquals(List.of(200, 502, -1, 200), fake.calls("chat.postMessage").stream().map(SlackCall::status).toList());
        assertEquals(1, fake.postedMessages().size());
    }

    @Test
    void rejectsFaultsForMalformedMethodNamesWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fake.failNext("/api/chat.postMessage", new SlackFault.RateLimited(1)));
        assertTrue(e.getMessage().contains("such as \"chat.postMessage\""), e.getMessage());
    }

    @Test
    void keepsAnUnclosedAngleBracketAndUnknownEntitiesAsTyped() {
        assertEquals("1 < 2 &nbsp; &", MrkdwnRenderer.render("1 < 2 &nbsp; &"));
        assertEquals("x @U1 y", MrkdwnRenderer.render("x <@U1|> y"));
    }
}
