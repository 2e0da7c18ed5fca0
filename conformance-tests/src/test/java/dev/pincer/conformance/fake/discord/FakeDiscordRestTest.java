package dev.pincer.conformance.fake.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeDiscordRestTest {
    private static final String TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.G1a2b3.test-token";
    private final FakeDiscordRest rest = FakeDiscordRest.start(TOKEN, () -> Instant.parse("2026-01-05T09:00:00Z"));
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        rest.close();
    }

    private HttpResponse<String> post(String token, String body) throws Exception {
        URI uri = rest.baseUri().resolve("/api/v10/channels/1200000000000000001/messages");
        return client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bot " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void returnsTheSameMessageForARepeatedEnforcedNonce() throws Exception {
        String body = "{\"content\":\"hi\",\"nonce\":\"out-1.0\",\"enforce_nonce\":true}";
        HttpResponse<String> first = post(TOKEN, body);
        HttpResponse<String> second = post(TOKEN, body);
        assertEquals(200, first.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals(1, rest.messages().size());
        assertEquals("4", first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
    }

    @Test
    void refusesContentOver2000CharactersWithNestedErrors() throws Exception {
        HttpResponse<String> response = post(TOKEN, "{\"content\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"code\":50035") && response.body().contains("Must be 2000 or fewer in length."),
                response.body());
    }

    @Test
    void answers401ToAWrongToken() throws Exception {
        HttpResponse<String> response = post("wrong", "{\"content\":\"hi\"}");
        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"401: Unauthorized\",\"code\":0}", response.body());
    }

    @Test
    void showsEscapedMarkdownAsWritten() {
        assertEquals("*not* a_b", DiscordMarkdown.shown("\\*not\\* a\\_b"));
        assertEquals("not ab", DiscordMarkdown.shown("*not* a_b"));
        assertEquals("quote", DiscordMarkdown.shown("> quote"));
    }

    @Test
    void verifiesWithTheHexPublicKeyItPublishes() {
        assertEquals(64, new InteractionSender().publicKeyHex().length());
    }
}
