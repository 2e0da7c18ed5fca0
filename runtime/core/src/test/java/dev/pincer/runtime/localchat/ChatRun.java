package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.route.Agent;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.RouterLimits;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * One run of Pincer with only the local chat: a real store and state in one SQLite file, a real router and an agent
 * that answers {@code "echo: <text>"}; the chat's clock is virtual, the router's is the system's. Reopening on the
 * same directory is a restart.
 */
final class ChatRun implements AutoCloseable {

    /** Replies "echo: " and the text. */
    static final Agent ECHO = (conversation, message, history) -> List.of("echo: " + message.text().orElse(""));

    static final RouterLimits FAST = new RouterLimits(50, 64, Duration.ofMillis(5), Duration.ofMillis(40),
            Duration.ofMillis(20), Duration.ofMillis(500));

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final Store store;
    final SqliteState state;
    final Router router;
    final LocalChat chat;
    final Path connectionFile;
    /** The chat's clock: virtual, so that receive's wait takes no real time. */
    final VirtualClock clock;
    /** What the router's inbox answered, in order. */
    final List<Acceptance> acceptances = new CopyOnWriteArrayList<>();
    /** The messages the chat delivered, in order. */
    final List<InboundMessage> delivered = new CopyOnWriteArrayList<>();
    private final Egress egress;

    private ChatRun(Path dir, int port) {
        Path database = dir.resolve("pincer.db");
        this.connectionFile = dir.resolve(LocalChatConnection.FILE_NAME);
        this.store = Store.open(database);
        this.state = SqliteState.open(database, "localchat");
        this.chat = new LocalChat(LocalChatOptions.onPort(port, "Model: built-in echo (not an AI)", "Ada",
                connectionFile));
        this.router = new Router(store, Map.of("localchat", chat), ECHO, DecisionPoint.allowAll(), Clock.systemUTC(),
                FAST);
        this.clock = new VirtualClock(Instant.parse("2026-03-02T08:00:00Z"));
        SecretVault vault = new SecretVault(Map.of(), Map.of());
        this.egress = new Egress("localchat", List.of(), vault, Map.of(), clock);
        Inbox inbox = router.inboxFor("localchat");
        try {
            startChat(vault, inbox);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        router.start();
    }

    private void startChat(SecretVault vault, Inbox inbox) {
        chat.start(SimpleChannelContext.builder().name("localchat").http(egress).secrets(vault.secrets()).clock(clock)
                .random(new Random(1)).log(new RecordingLog(clock, vault, line -> { })).state(state)
                .config(new MapConfig(Map.of())).inbox(message -> {
                    delivered.add(message);
                    Acceptance acceptance = inbox.deliver(message);
                    acceptances.add(acceptance);
                    return acceptance;
                }).build());
    }

    /** Starts a run on a free port. */
    static ChatRun start(Path dir) {
        return new ChatRun(dir, 0);
    }

    /** Starts a run on {@code port}. */
    static ChatRun start(Path dir, int port) {
        return new ChatRun(dir, port);
    }

    URI uri(String pathAndQuery) {
        return chat.address().resolve(pathAndQuery);
    }

    /** A request with the access token. */
    HttpRequest.Builder authorized(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(40))
                .header("Authorization", "Bearer " + chat.accessToken());
    }

    static HttpRequest.BodyPublisher json(String text) {
        return HttpRequest.BodyPublishers.ofString(Json.object().put("text", text).build().toString());
    }

    HttpResponse<String> post(String text) throws IOException, InterruptedException {
        return send(authorized("/api/messages").header("Content-Type", "application/json").POST(json(text)).build());
    }

    /** The long poll's answer as JSON. */
    JsonObject poll(long after) throws IOException, InterruptedException {
        HttpResponse<String> response = send(authorized("/api/messages?after=" + after).GET().build());
        if (response.statusCode() != 200) {
            fail("poll after " + after + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.parseObject(response.body());
    }

    /** Polls until an entry matches, for at most 10 s; returns every entry seen, oldest first. */
    List<JsonObject> pollUntil(String what, Predicate<JsonObject> entry) throws IOException, InterruptedException {
        List<JsonObject> seen = new CopyOnWriteArrayList<>();
        long after = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.stream().noneMatch(entry)) {
            if (System.nanoTime() > deadline) {
                fail("waited 10 s for " + what + "; entries: " + seen);
            }
            JsonObject answer = poll(after);
            seen.addAll(answer.array("entries").objects());
            after = answer.longValue("latest");
        }
        return seen;
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Stops like the runtime: the channel first, then the router and what the run opened. */
    @Override
    public void close() {
        chat.stop();
        router.close();
        egress.close();
        state.close();
        store.close();
    }
}
