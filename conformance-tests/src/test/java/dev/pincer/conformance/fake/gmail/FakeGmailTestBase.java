package dev.pincer.conformance.fake.gmail;


import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonString;
import dev.pincer.spi.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the fake Gmail's tests share: a fake with a virtual clock, a client with its token, and JSON helpers. */
abstract class FakeGmailTestBase {
    static final String TOKEN = "ya29.fakeGmailTestToken";
    private static final SpecLibrary SPECS = SpecLibrary.load(Path.of("..", "specs"));
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
    FakeGmail fake;
    GmailHttp client;

    @BeforeEach
    void start() {
        fake = FakeGmail.start(TOKEN, now::get);
        client = GmailHttp.withToken(fake.baseUri(), TOKEN);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    String add(String from, String subject, String body, String... labels) {
        now.set(now.get().plus(Duration.ofMinutes(1)));
        return fake.addMessage(MailMessage.of(from, FakeGmail.ADDRESS, subject, body, List.of(labels)));
    }

    static JsonObject fixture(String name) {
        return Json.parseObject(SPECS.fixture(name).content());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.parseObject(response.body());
    }

    static List<String> strings(JsonArray array) {
        return array.elements().stream().map(j -> ((JsonString) j).value()).toList();
    }

    List<String> ids(String pathAndQuery) throws Exception {
        JsonObject listed = json(client.get(pathAndQuery));
        return listed.optArray("messages").map(a -> a.objects().stream().map(m -> m.string("id")).toList()).orElse(List.of());
    }
}
