package dev.pincer.conformance.fake.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mailbox: listing, searching, reading in every format, sending, trashing and relabelling. */
class FakeGmailTest extends FakeGmailTestBase {
    @Test
    void listsMessagesNewestFirstLeavingOutSpamAndTrash() throws Exception {
        String first = add("ada@example.com", "One", "x", "INBOX");
        add("spam@example.com", "Win", "x", "SPAM");
        add("old@example.com", "Gone", "x", "TRASH");
        String last = add("grace@example.com", "Two", "x", "INBOX", "UNREAD");

        JsonObject listed = json(client.get("messages"));

        assertEquals(List.of(last, first), ids("messages"));
        assertEquals(2, listed.longValue("resultSizeEstimate"));
        assertEquals(last, listed.array("messages").objects().get(0).string("threadId"));
        assertEquals(4, ids("messages?includeSpamTrash=true").size());
    }

    @Test
    void searchesWithTheSubsetOfGmailsSyntax() throws Exception {
        String lunch = add("Ada <ada@example.com>", "Lunch?", "Meet at noon", "INBOX", "UNREAD");
        String invoice = add("billing@shop.example", "Invoice 42", "Amount due", "INBOX");
        String archived = add("ada@example.com", "Old thread", "noon again");
        String work = fake.addLabel("Work");
        client.post("messages/" + invoice + "/modify", "{\"addLabelIds\":[\"" + work + "\"]}");
        String trashed = add("ada@example.com", "Deleted", "noon", "TRASH");

        assertEquals(List.of(archived, lunch), ids("messages?q=from:ada@example.com"));
        assertEquals(List.of(invoice), ids("messages?q=subject:invoice"));
        assertEquals(List.of(lunch), ids("messages?q=is:unread"));
        assertEquals(List.of(invoice, lunch), ids("messages?q=in:inbox"));
        assertEquals(List.of(invoice), ids("messages?q=label:work"));
        assertEquals(List.of(archived, lunch), ids("messages?q=noon"));
        assertEquals(List.of(archived), ids("messages?q=noon%20-in:inbox"));
        assertEquals(List.of(trashed), ids("messages?q=in:trash"));
        assertEquals(List.of(lunch), ids("messages?labelIds=INBOX&labelIds=UNREAD"));
        assertEquals(List.of(), ids("messages?q=has:attachment"), "an operator the fake does not know matches nothing");
    }

    @Test
    void paginatesWithNextPageToken() throws Exception {
        for (int i = 0; i < 5; i++) {
            add("ada@example.com", "Message " + i, "x", "INBOX");
        }

        JsonObject page = json(client.get("messages?maxResults=2"));
        JsonObject last = json(client.get("messages?maxResults=2&pageToken=4"));

        assertEquals(2, page.array("messages").size());
        assertEquals("2", page.string("nextPageToken"));
        assertEquals(1, last.array("messages").size());
        assertFalse(last.has("nextPageToken"));
        assertEquals(Map.of("resultSizeEstimate", Json.of(0)), json(client.get("messages?q=nothing")).members());
        assertEquals(400, client.get("messages?maxResults=501").statusCode());
    }

    @Test
    void servesAMultipartMessageInFullWithBase64urlParts() throws Exception {
        String id = fake.addMessage(MailMessage.of("ci@example.com", FakeGmail.ADDRESS, "Ünïcødé 🎉", "green & <fine>", List.of("INBOX"))
                .withHtml("<p>green</p>"));

        JsonObject message = json(client.get("messages/" + id + "?format=full"));
        JsonObject payload = message.object("payload");
        List<JsonObject> parts = payload.array("parts").objects();

        assertEquals("multipart/alternative", payload.string("mimeType"));
        assertEquals(List.of("0", "1"), parts.stream().map(p -> p.string("partId")).toList());
        assertEquals("text/plain", parts.get(0).string("mimeType"));
        assertEquals("green & <fine>", new String(Base64.getUrlDecoder().decode(parts.get(0).object("body").string("data")),
                StandardCharsets.UTF_8));
        assertEquals("green &amp; &lt;fine&gt;", message.string("snippet"), "snippets are HTML-escaped");
        assertTrue(payload.array("headers").objects().stream().anyMatch(h -> h.string("name").equals("Subject")
                && h.string("value").startsWith("=?UTF-8?B?")), "the subject is served as written: an encoded word");
        assertEquals(List.of("INBOX"), strings(message.array("labelIds")));
        assertEquals(Long.toString(now.get().toEpochMilli()), message.string("internalDate"));
    }

    @Test
    void servesMetadataMinimalAndRaw() throws Exception {
        String id = add("ada@example.com", "Lunch?", "noon", "INBOX");

        JsonObject metadata = json(client.get("messages/" + id + "?format=metadata&metadataHeaders=Subject&metadataHeaders=from"));
        JsonObject minimal = json(client.get("messages/" + id + "?format=minimal"));
        JsonObject raw = json(client.get("messages/" + id + "?format=raw"));

        assertEquals(List.of("From", "Subject"), metadata.object("payload").array("headers").objects().stream()
                .map(h -> h.string("name")).toList());
        assertFalse(minimal.has("payload"));
        assertEquals("noon", minimal.string("snippet"));
        String text = new String(Base64.getUrlDecoder().decode(raw.string("raw")), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("From: ada@example.com\r\nTo: owner@example.com\r\nSubject: Lunch?\r\n"), text);
    }

    @Test
    void keepsTheCharsetOfAQuotedPrintablePart() throws Exception {
        String id = fake.addMessage(MailMessage.of("jean@example.com", FakeGmail.ADDRESS, "Grüße", "Grüße aus Köln", List.of("INBOX"))
                .inCharset("ISO-8859-1"));

        JsonObject payload = json(client.get("messages/" + id)).object("payload");

        byte[] data = Base64.getUrlDecoder().decode(payload.object("body").string("data"));
        assertEquals("Grüße aus Köln", new String(data, StandardCharsets.ISO_8859_1), "the transfer encoding is removed, the charset kept");
        assertTrue(payload.array("headers").objects().stream().anyMatch(h -> h.string("value").contains("ISO-8859-1")));
    }

    @Test
    void addsRepliesToTheThreadWithInReplyToAndReferences() throws Exception {
        String first = add("ada@example.com", "Lunch?", "noon?", "INBOX");
        String second = fake.addReply(first, MailMessage.of("ada@example.com", FakeGmail.ADDRESS, "Re: Lunch?", "one?", List.of("INBOX")));
        String third = fake.addReply(second, MailMessage.of("ada@example.com", FakeGmail.ADDRESS, "Re: Lunch?", "two?", List.of("INBOX")));

        JsonObject headers = json(client.get("messages/" + third + "?format=metadata&metadataHeaders=In-Reply-To&metadataHeaders=References"));

        assertEquals(first, headers.string("threadId"));
        assertEquals(List.of(FakeGmail.messageId(second), FakeGmail.messageId(first) + " " + FakeGmail.messageId(second)),
                headers.object("payload").array("headers").objects().stream().map(h -> h.string("value")).toList());
    }

    @Test
    void parsesAndStoresWhatItIsSent() throws Exception {
        String raw = "To: ada@example.com\r\nCc: grace@example.com\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString("Hé 🎉".getBytes(StandardCharsets.UTF_8)) + "?=\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString("line 1\r\n  line 2 ü".getBytes(StandardCharsets.UTF_8)) + "\r\n";

        HttpResponse<String> response = client.post("messages/send",
                "{\"raw\":\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII)) + "\"}");

        assertEquals(200, response.statusCode());
        JsonObject sent = json(response);
        assertEquals(List.of("SENT"), strings(sent.array("labelIds")));
        SentMail mail = fake.sent().get(0);
        assertEquals(sent.string("id"), mail.id());
        assertEquals(List.of("ada@example.com", "grace@example.com", "Hé 🎉", "line 1\r\n  line 2 ü"),
                List.of(mail.to(), mail.cc(), mail.subject(), mail.body()));
        assertTrue(mail.headerUsesCrlf());
        assertEquals("owner@example.com", json(client.get("messages/" + mail.id() + "?format=metadata&metadataHeaders=From"))
                .object("payload").array("headers").objects().get(0).string("value"), "Gmail adds the sender");
    }

    @Test
    void refusesSendsWithoutRawRecipientOrKnownThread() throws Exception {
        String noTo = Base64.getUrlEncoder().encodeToString("Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII));
        String badTo = Base64.getUrlEncoder().encodeToString("To: nobody\r\nSubject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII));
        String fine = Base64.getUrlEncoder().encodeToString("To: a@example.com\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII));

        assertEquals("'raw' RFC822 payload message string or uploading message via /upload/* URL required",
                json(client.post("messages/send", "{}")).object("error").string("message"));
        assertEquals("Recipient address required", json(client.post("messages/send", "{\"raw\":\"" + noTo + "\"}")).object("error").string("message"));
        assertEquals(fixture("gm-error-400-to"), json(client.post("messages/send", "{\"raw\":\"" + badTo + "\"}")));
        assertEquals(404, client.post("messages/send", "{\"raw\":\"" + fine + "\",\"threadId\":\"18c2ffffffffffff\"}").statusCode());
        assertTrue(fake.sent().isEmpty());
    }

    @Test
    void trashesRelabelsAndDeletes() throws Exception {
        String a = add("ada@example.com", "A", "x", "INBOX", "UNREAD");
        String b = add("ada@example.com", "B", "x", "INBOX");

        JsonObject trashed = json(client.post("messages/" + a + "/trash", ""));
        JsonObject modified = json(client.post("messages/" + b + "/modify", "{\"addLabelIds\":[\"STARRED\"],\"removeLabelIds\":[\"INBOX\"]}"));
        HttpResponse<String> invalid = client.post("messages/" + b + "/modify", "{\"addLabelIds\":[\"Label_99\"]}");
        HttpResponse<String> deleted = client.delete("messages/" + a);

        assertEquals(List.of("TRASH", "UNREAD"), strings(trashed.array("labelIds")), "trash drops INBOX");
        assertEquals(List.of(a), fake.trashed());
        assertEquals(List.of(new FakeGmail.LabelChange(b, List.of("STARRED"), List.of("INBOX"))), fake.relabelled());
        assertEquals(List.of("STARRED"), fake.labelsOf(b));
        assertEquals(b, modified.string("id"));
        assertEquals("Invalid label: Label_99", json(invalid).object("error").string("message"));
        assertEquals(204, deleted.statusCode());
        assertEquals(List.of(a), fake.deleted());
        assertEquals(fixture("gm-error-404"), json(client.get("messages/" + a)));
    }
}
