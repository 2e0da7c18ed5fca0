package dev.pincer.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.localchat.LocalChatConnection;
import dev.pincer.runtime.store.Schedule;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssistantTest {
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private Path data;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void createDataDirectory() throws Exception {
        data = Files.createDirectory(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static RunConfig localChatOnly() {
        RunConfig defaults = RunConfig.defaults();
        return new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(true, 0), Optional.empty(),
                List.of(), List.of(), defaults.agent(), Map.of(), 0);
    }

    @Test
    void withoutAConfigurationTheLocalChatAnswersWithTheEchoModel() throws Exception {
        try (Assistant assistant = Assistant.start(localChatOnly(), data, Map.of(), lines::add)) {
            assertTrue(assistant.localChat().orElseThrow().startsWith("http://127.0.0.1:"), assistant.localChat().toString());
            assertTrue(assistant.modelDescription().contains("echo"), assistant.modelDescription());
            LocalChatConnection chat = LocalChatConnection.read(data.resolve(LocalChatConnection.FILE_NAME)).orElseThrow();
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(chat.address().resolve("/api/messages"))
                    .header("Authorization", "Bearer " + chat.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"hello there\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode(), posted.body());
            String reply = awaitAssistantEntry(chat);
            assertTrue(reply.startsWith("You said: hello there"), reply);
            assertTrue(reply.contains("built-in echo model"), reply);
        }
        assertFalse(Files.exists(data.resolve(RunState.FILE_NAME)), "a clean stop removes run.json");
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            assertEquals(0, store.unprocessedCount());
            assertEquals(1, store.stats().byIntegration().get(Assistant.LOCAL_CHAT).delivered());
        }
    }

    @Test
    void aDueScheduledTaskReachesItsConversationOnceAsAMessage() throws Exception {
        Instant due = Instant.now().minusSeconds(1);
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            store.schedule("task-1", new Schedule.Once(due),
                    "{\"integration\": \"local\", \"conversation\": \"local\", \"text\": \"water the plants\"}", due);
        }
        try (Assistant assistant = Assistant.start(localChatOnly(), data, Map.of(), lines::add)) {
            assertTrue(assistant.localChat().isPresent());
            LocalChatConnection chat = LocalChatConnection.read(data.resolve(LocalChatConnection.FILE_NAME)).orElseThrow();
            String reply = awaitAssistantEntry(chat);
            assertTrue(reply.startsWith("You said: [scheduled task, due now] water the plants"), reply);
        }
        try (Store store = Store.open(data.resolve("pincer.db"))) {
            assertTrue(store.tasks().getFirst().nextRun().isEmpty(), "a one-off task fires once");
            assertEquals(1, store.stats().byIntegration().get(Assistant.LOCAL_CHAT).delivered());
        }
    }

    @Test
    void aChannelWhoseSecretIsNotStoredStopsWithTheCommandThatStoresIt() throws Exception {
        RunConfig config = withChannel(EXAMPLES.resolve("channels/telegram"));
        try (Assistant assistant = Assistant.start(config, data, Map.of(), lines::add)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!assistant.states().getOrDefault("telegram", "").startsWith("stopped") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            String state = assistant.states().get("telegram");
            assertTrue(state.startsWith("stopped: integration 'telegram' could not start"), state);
            assertTrue(state.contains("pincer secret set TELEGRAM_BOT_TOKEN"), state);
            assertTrue(lines.contains("telegram: the secret TELEGRAM_BOT_TOKEN is not stored; if it is needed, run: "
                    + "./pincer secret set TELEGRAM_BOT_TOKEN"), lines.toString());
        }
    }

    @Test
    void anIntegrationOfTheWrongKindIsRefusedWithWhereToPutIt() throws Exception {
        Path model = dir.resolve("model");
        Files.createDirectories(model.resolve("src"));
        Files.writeString(model.resolve("pincer.json"), """
                {"kind": "model", "name": "mymodel", "spec": "models/anthropic", "specVersion": "1.0",
                 "entry": "x.Model", "egress": ["api.anthropic.com"]}""");
        RunConfigException e = assertThrows(RunConfigException.class,
                () -> Assistant.start(withChannel(model), data, Map.of(), lines::add));
        assertTrue(e.getMessage().contains("is a model integration, but channels[0] needs a channel; move it to the "
                + "model section of pincer.yaml"), e.getMessage());
    }

    @Test
    void twoIntegrationsWithOneNameAreRefused() {
        Path telegram = EXAMPLES.resolve("channels/telegram");
        RunConfig config = new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(false, 0),
                Optional.empty(), List.of(new RunConfig.IntegrationSettings(telegram, Map.of()),
                        new RunConfig.IntegrationSettings(telegram, Map.of())), List.of(),
                RunConfig.defaults().agent(), Map.of(), 0);
        RunConfigException e = assertThrows(RunConfigException.class, () -> Assistant.start(config, data, Map.of(), lines::add));
        assertTrue(e.getMessage().startsWith("channels[1] (" + telegram + ") is named 'telegram' in its pincer.json"),
                e.getMessage());
    }

    private RunConfig withChannel(Path integration) {
        RunConfig defaults = RunConfig.defaults();
        return new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(false, 0),
                Optional.empty(), List.of(new RunConfig.IntegrationSettings(integration, Map.of())), List.of(),
                defaults.agent(), Map.of(), 0);
    }

    private String awaitAssistantEntry(LocalChatConnection chat) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(chat.address().resolve("/api/messages?after=0"))
                    .header("Authorization", "Bearer " + chat.token()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonObject entry : Json.parseObject(polled.body()).array("entries").objects()) {
                if (entry.string("role").equals("assistant")) {
                    return entry.string("text");
                }
            }
        }
        throw new AssertionError("no reply within 20 s; output: " + lines);
    }
}
