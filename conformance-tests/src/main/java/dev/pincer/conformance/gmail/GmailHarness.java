package dev.pincer.conformance.gmail;

import dev.pincer.conformance.check.ToolHarness;
import dev.pincer.conformance.fake.gmail.FakeGmail;
import dev.pincer.conformance.fake.gmail.GmailRequest;
import dev.pincer.conformance.fake.gmail.MailMessage;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A Gmail tool under test against the fake Gmail, whose mailbox starts empty. */
final class GmailHarness extends ToolHarness {
    static final String TOKEN = "ya29.a0CONFORMANCE0test0access0token0Zq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "GMAIL_TOKEN";
    static final String HOST = "gmail.googleapis.com";
    static final String MAILBOX = "/gmail/v1/users/me/";
    /** An id the fake never assigns. */
    static final String MISSING = "18c2ffffffffffff";

    final FakeGmail fake;

    GmailHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of(SECRET_NAME, TOKEN));
        this.fake = FakeGmail.start(TOKEN, clock::now);
        routeToFake(HOST, fake.baseUri(), fake::close);
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    GmailHarness sibling(long otherSeed) {
        try {
            return new GmailHarness(integration(), specs(), otherSeed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a message one virtual minute after the previous one, so that the newest is the last added. */
    String add(MailMessage message) {
        clock.advance(Duration.ofMinutes(1));
        return fake.addMessage(message);
    }

    /** Adds a message that answers {@code parentId}, in its thread, one virtual minute after the previous one. */
    String addReply(String parentId, MailMessage message) {
        clock.advance(Duration.ofMinutes(1));
        return fake.addReply(parentId, message);
    }

    /** Arguments from name-value pairs. */
    static JsonObject args(Object... pairs) {
        return arguments(pairs);
    }

    /** The requests the fake received with {@code method}. */
    List<GmailRequest> requests(String method) {
        return fake.requests().stream().filter(r -> r.method().equals(method)).toList();
    }

    /** The {@code error.message} of a spec fixture. */
    String fixtureMessage(String name) {
        return Json.parseObject(specs().fixture(name).content()).object("error").string("message");
    }
}
