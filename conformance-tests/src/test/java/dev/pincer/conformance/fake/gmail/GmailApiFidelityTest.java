package dev.pincer.conformance.fake.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.Label;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.ModifyMessageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake serves what a client that no one here wrote expects: Google's own Gmail API client for Java
 * (com.google.apis:google-api-services-gmail) lists, reads, sends, trashes and relabels through it, and reads the
 * fake's refusals as Google's errors.
 */
class GmailApiFidelityTest {
    private static final String TOKEN = "ya29.fidelityToken";
    private FakeGmail fake;

    @BeforeEach
    void start() {
        fake = FakeGmail.start(TOKEN, () -> Instant.parse("2026-01-05T09:00:00Z"));
    }

    @AfterEach
    void close() {
        fake.close();
    }

    private Gmail client(String token) {
        return new Gmail.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
                .setRootUrl(fake.baseUri() + "/").setApplicationName("pincer-fidelity-test").build();
    }

    @Test
    void listsAndReadsMessagesWithTheirPartsDecoded() throws IOException {
        String lunch = fake.addMessage(MailMessage.of("Ada <ada@example.com>", FakeGmail.ADDRESS, "Lunch? 🍜", "Noon at the usual place",
                List.of("INBOX", "UNREAD")).withHtml("<p>Noon</p>"));
        fake.addMessage(MailMessage.of("news@example.com", FakeGmail.ADDRESS, "News", "read me", List.of("INBOX")));

        ListMessagesResponse unread = client(TOKEN).users().messages().list("me").setQ("is:unread").setMaxResults(10L).execute();
        Message full = client(TOKEN).users().messages().get("me", lunch).setFormat("full").execute();
        Message metadata = client(TOKEN).users().messages().get("me", lunch).setFormat("metadata")
                .setMetadataHeaders(List.of("Subject")).execute();

        assertEquals(List.of(lunch), unread.getMessages().stream().map(Message::getId).toList());
        assertEquals(1, unread.getResultSizeEstimate());
        MessagePart text = full.getPayload().getParts().get(0);
        assertEquals("text/plain", text.getMimeType());
        assertEquals("Noon at the usual place", new String(text.getBody().decodeData(), StandardCharsets.UTF_8));
        assertEquals(List.of("INBOX", "UNREAD"), full.getLabelIds());
        assertEquals("Noon at the usual place", full.getSnippet());
        assertEquals(1, metadata.getPayload().getHeaders().size());
        assertTrue(metadata.getPayload().getHeaders().get(0).getValue().startsWith("=?UTF-8?B?"));
    }

    @Test
    void sendsAMessageTheFakeParses() throws IOException {
        String rfc5322 = "To: ada@example.com\r\nSubject: Hello\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHi Ada, ça va?";
        Message message = new Message().encodeRaw(rfc5322.getBytes(StandardCharsets.UTF_8)); // base64url without padding

        Message sent = client(TOKEN).users().messages().send("me", message).execute();

        assertEquals(List.of("SENT"), sent.getLabelIds());
        SentMail parsed = fake.sent().get(0);
        assertEquals(sent.getId(), parsed.id());
        assertEquals(List.of("ada@example.com", "Hello", "Hi Ada, ça va?"), List.of(parsed.to(), parsed.subject(), parsed.body()));
    }

    @Test
    void trashesAndRelabels() throws IOException {
        String a = fake.addMessage(MailMessage.of("ada@example.com", FakeGmail.ADDRESS, "A", "x", List.of("INBOX")));
        String b = fake.addMessage(MailMessage.of("ada@example.com", FakeGmail.ADDRESS, "B", "x", List.of("INBOX", "UNREAD")));

        Message trashed = client(TOKEN).users().messages().trash("me", a).execute();
        Message archived = client(TOKEN).users().messages().modify("me", b,
                new ModifyMessageRequest().setRemoveLabelIds(List.of("INBOX", "UNREAD"))).execute();
        List<Label> labels = client(TOKEN).users().labels().list("me").execute().getLabels();

        assertEquals(List.of("TRASH"), trashed.getLabelIds());
        assertEquals(null, archived.getLabelIds(), "the fake, like Google, leaves an empty labelIds out");
        assertEquals(List.of(a), fake.trashed());
        assertTrue(labels.stream().anyMatch(l -> l.getId().equals("INBOX") && l.getType().equals("system")));
    }

    @Test
    void readsTheFakesRefusalsAsGoogleErrors() {
        GoogleJsonResponseException badToken = assertThrows(GoogleJsonResponseException.class,
                () -> client("ya29.wrong").users().messages().list("me").execute());
        GoogleJsonResponseException missing = assertThrows(GoogleJsonResponseException.class,
                () -> client(TOKEN).users().messages().get("me", "18c2ffffffffffff").execute());
        fake.failNext("GET", GmailFault.userRateLimit(30));
        GoogleJsonResponseException limited = assertThrows(GoogleJsonResponseException.class,
                () -> client(TOKEN).users().messages().list("me").execute());

        assertEquals(401, badToken.getStatusCode());
        assertEquals("authError", badToken.getDetails().getErrors().get(0).getReason());
        assertEquals(404, missing.getStatusCode());
        assertEquals("Requested entity was not found.", missing.getDetails().getMessage());
        assertEquals("userRateLimitExceeded", limited.getDetails().getErrors().get(0).getReason());
        assertEquals("usageLimits", limited.getDetails().getErrors().get(0).getDomain());
    }
}
