package dev.pincer.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

    @Test
    void retryAfterReadsWholeAndFractionalSecondsAndIgnoresDates() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), response("Retry-After", "30").retryAfter());
        assertEquals(Optional.of(Duration.ofMillis(1500)), response("retry-after", " 1.5 ").retryAfter());
        assertEquals(Optional.empty(), response("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT").retryAfter());
        assertEquals(Optional.empty(), response("Retry-After", "-3").retryAfter());
        assertEquals(Optional.empty(), response("X-Other", "3").retryAfter());
    }

    private static HttpResponse response(String header, String value) {
        return new HttpResponse(429, Map.of(header, List.of(value)), new byte[0]);
    }

    @Test
    void requestsAreValidatedAndCopied() {
        byte[] body = {1, 2, 3};
        HttpRequest request = new HttpRequest("post", URI.create("https://api.telegram.org/x"), Map.of(), body, Duration.ofSeconds(40));
        body[0] = 9;
        assertEquals("POST", request.method());
        assertEquals(1, request.body()[0]);
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> HttpRequest.get(URI.create("https://api.telegram.org/x")).withTimeout(Duration.ofMinutes(5)));
        assertEquals("timeout must be above zero and at most PT2M, was PT5M", tooLong.getMessage());
        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class, () -> HttpRequest.get(URI.create("/x")));
        assertEquals("uri must be absolute with a host, was /x", relative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new HttpRequest("CONNECT", URI.create("https://a.example/"), Map.of(), new byte[0], Duration.ofSeconds(1)));
    }

    @Test
    void aPrintedSecretShowsItsNameOnly() {
        Secret secret = new Secret("TELEGRAM_BOT_TOKEN", "pincer-secret-0123456789abcdef01234567");
        assertEquals("Secret[TELEGRAM_BOT_TOKEN]", secret.toString());
        assertFalse(String.valueOf(secret).contains("pincer-secret"));
    }

    @Test
    void messagesRejectBlankIdsAndEmptyText() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> OutboundMessage.of("1", "2", ""));
        assertEquals("text must not be empty: platforms refuse empty messages", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutboundMessage.of(" ", "2", "x"));
        assertThrows(NullPointerException.class, () -> new InboundMessage("1", "2", "3", null, Instant.EPOCH, new Content.Text("x")));
    }

    @Test
    void acceptanceTellsWhetherToAcknowledge() {
        assertTrue(new Acceptance.Accepted().acknowledgeable());
        assertTrue(new Acceptance.Duplicate().acknowledgeable());
        assertFalse(new Acceptance.Unavailable("store full").acknowledgeable());
    }

    @Test
    void inboundTextCoversEditsButNotUnsupportedContent() {
        Sender ada = new Sender("1", "Ada", false);
        assertEquals(Optional.of("hi"), new InboundMessage("1", "c", "m", ada, Instant.EPOCH, new Content.Edited("m", "hi")).text());
        assertEquals(Optional.empty(), new InboundMessage("1", "c", "m", ada, Instant.EPOCH, new Content.Unsupported("photo", "")).text());
    }

    @Test
    void delaysMustNotBeNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SendResult.RetryLater(Duration.ofSeconds(-1), "429"));
        assertEquals("delay must not be negative, was PT-1S", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SendResult.Delivered(List.of()));
    }
}
