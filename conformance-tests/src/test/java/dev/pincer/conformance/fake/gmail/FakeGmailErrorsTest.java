package dev.pincer.conformance.fake.gmail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.fake.HeldRequests;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Google's refusals and scripted faults, and what the fake records. */
class FakeGmailErrorsTest extends FakeGmailTestBase {
    @Test
    void refusesAWrongOrMissingTokenWithUnauthenticated() throws Exception {
        HttpResponse<String> wrong = GmailHttp.withToken(fake.baseUri(), "ya29.wrong").get("messages");
        HttpResponse<String> missing = new GmailHttp(fake.baseUri(), null).get("messages");

        assertEquals(401, wrong.statusCode());
        assertEquals(fixture("gm-error-401"), json(wrong));
        assertTrue(wrong.headers().firstValue("www-authenticate").orElseThrow().startsWith("Bearer realm="));
        assertEquals("Login Required.", json(missing).object("error").array("errors").objects().get(0).string("message"));
        assertEquals("UNAUTHENTICATED", json(missing).object("error").string("status"));
        fake.replaceToken("ya29.new");
        assertEquals(200, GmailHttp.withToken(fake.baseUri(), "ya29.new").get("messages").statusCode());
    }

    @Test
    void answersMissingMalformedAndForeignPathsAsGoogleDoes() throws Exception {
        assertEquals(fixture("gm-error-404"), json(client.get("messages/18c2ffffffffffff")));
        assertEquals("Invalid id value", json(client.get("messages/..x")).object("error").string("message"));
        HttpResponse<String> unknown = client.get("/gmail/v2/users/me/messages");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertEquals("Delegation denied for owner@example.com",
                json(client.get("/gmail/v1/users/someone@example.com/messages")).object("error").string("message"));
        assertEquals(List.of("INBOX", "SENT"), json(client.get("labels")).array("labels").objects().stream()
                .map(l -> l.string("id")).toList().subList(0, 2));
    }

    @Test
    void scriptsGooglesErrorAnswersPerMethod() throws Exception {
        fake.failNext("GET", GmailFault.tooManyRequests(3));
        fake.failNext("GET", GmailFault.userRateLimit(-1));
        fake.failNext("POST", GmailFault.insufficientScope());
        fake.failNext("POST", GmailFault.serverError(503));

        HttpResponse<String> tooMany = client.get("messages");
        HttpResponse<String> userLimit = client.get("messages");
        HttpResponse<String> scope = client.post("messages/send", "{}");
        HttpResponse<String> unavailable = client.post("messages/send", "{}");

        assertEquals(429, tooMany.statusCode());
        assertEquals(fixture("gm-error-429"), json(tooMany));
        assertEquals("3", tooMany.headers().firstValue("retry-after").orElseThrow());
        assertEquals(fixture("gm-error-403-user-rate"), json(userLimit));
        assertTrue(userLimit.headers().firstValue("retry-after").isEmpty());
        assertEquals(fixture("gm-error-403-scope"), json(scope));
        assertEquals(fixture("gm-error-503"), json(unavailable));
        assertEquals(200, client.get("messages").statusCode(), "queued faults are used once");
    }

    @Test
    void dropsTheConnectionWhenScripted() {
        fake.failNext("*", new GmailFault.DropConnection());

        assertThrows(IOException.class, () -> client.post("messages/send", "{}"));
        assertEquals(-1, fake.requests().get(0).status());
    }

    @Test
    void holdsARequestUntilClosed() throws Exception {
        fake.failNext("GET", new GmailFault.NeverAnswer());

        HeldRequests.assertHeldUntilClosed(() -> client.get("messages").statusCode(), () -> fake.requests().size(),
                () -> fake.requests().get(0).status(), fake);
    }

    @Test
    void recordsEachRequestWithVirtualTimeAndEveryQueryValue() throws Exception {
        String id = add("ada@example.com", "A", "x", "INBOX");

        client.get("messages/" + id + "?format=metadata&metadataHeaders=From&metadataHeaders=To");

        GmailRequest request = fake.requests().get(0);
        assertEquals(now.get(), request.at());
        assertEquals(List.of("From", "To"), request.params("metadataHeaders"));
        assertEquals("Bearer " + TOKEN, request.header("Authorization").orElseThrow());
        assertEquals(200, request.status());
    }
}
