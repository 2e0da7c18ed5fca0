package dev.pincer.cli;

import dev.pincer.runtime.agent.AgentSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.fake.anthropic.Answer;
import dev.pincer.conformance.fake.anthropic.FakeAnthropic;
import dev.pincer.conformance.fake.anthropic.RecordedRequest;
import dev.pincer.conformance.fake.github.FakeGitHub;
import dev.pincer.runtime.localchat.LocalChatConnection;
import dev.pincer.runtime.run.Assistant;
import dev.pincer.runtime.run.RunConfig;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path of pincer run with confined integrations: local chat → agent → model → tool → model → reply. */
class AssistantWithModelAndToolTest {
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    private static final String ANTHROPIC_KEY = "sk-ant-test-4f1c2e";
    private static final String GITHUB_TOKEN = "ghp_test_9b8a7c";

    @TempDir
    Path dir;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theModelCallsTheGitHubToolAndAnswersWithItsResult() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (FakeAnthropic anthropic = FakeAnthropic.start(ANTHROPIC_KEY, Instant::now);
                FakeGitHub github = FakeGitHub.start(GITHUB_TOKEN, Instant::now)) {
            github.addRepository("acme", "site");
            github.addIssue("acme", "site", "Broken link on the home page", "", "ann", List.of(), true);
            anthropic.answerNext(
                    new Answer.Message(Json.parse("""
                            [{"type": "text", "text": "Let me look."},
                             {"type": "tool_use", "id": "toolu_01", "name": "github__list_issues",
                              "input": {"owner": "acme", "repo": "site"}}]"""), Json.of("tool_use"), Optional.empty(),
                            Json.object(Map.of())),
                    new Answer.Message(Json.parse("[{\"type\": \"text\", \"text\": \"One open issue: Broken link.\"}]"),
                            Json.of("end_turn"), Optional.empty(), Json.object(Map.of())));
            RunConfig config = new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(true, 0),
                    Optional.of(new RunConfig.IntegrationSettings(EXAMPLES.resolve("models/anthropic"), Map.of())),
                    List.of(), List.of(new RunConfig.IntegrationSettings(EXAMPLES.resolve("tools/github"), Map.of())),
                    AgentSettings.defaults(),
                    Map.of("api.anthropic.com", anthropic.baseUri(), "api.github.com", github.baseUri()), 0);
            try (Assistant assistant = Assistant.start(config, data,
                    Map.of("ANTHROPIC_API_KEY", ANTHROPIC_KEY, "GITHUB_TOKEN", GITHUB_TOKEN), lines::add)) {
                assertTrue(assistant.modelDescription().contains("anthropic"), assistant.modelDescription());
                LocalChatConnection chat = LocalChatConnection.read(data.resolve(LocalChatConnection.FILE_NAME)).orElseThrow();
                post(chat, "which issues are open in acme/site?");
                assertEquals("One open issue: Broken link.", awaitReply(chat));
            }
            assertTrue(github.requests().stream().anyMatch(r -> r.method().equals("GET")
                    && r.path().startsWith("/repos/acme/site/issues")), github.requests().toString());
            List<RecordedRequest> asked = anthropic.messageRequests();
            assertEquals(2, asked.size());
            JsonObject first = asked.get(0).bodyJson();
            assertTrue(first.array("tools").objects().stream().anyMatch(t -> t.string("name").equals("github__list_issues")),
                    first.toString());
            String second = asked.get(1).body();
            assertTrue(second.contains("\"tool_use_id\":\"toolu_01\"") || second.contains("\"tool_use_id\": \"toolu_01\""),
                    second);
            assertTrue(second.contains("Broken link on the home page"), second);
            assertFalse(second.contains(GITHUB_TOKEN) || second.contains(ANTHROPIC_KEY), "no secret reaches the model");
        }
    }

    private void post(LocalChatConnection chat, String text) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(chat.address().resolve("/api/messages"))
                .header("Authorization", "Bearer " + chat.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.object(Map.of("text", Json.of(text))).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
    }

    private String awaitReply(LocalChatConnection chat) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        URI poll = chat.address().resolve("/api/messages?after=0");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> polled = http.send(HttpRequest.newBuilder(poll)
                    .header("Authorization", "Bearer " + chat.token()).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonObject entry : Json.parseObject(polled.body()).array("entries").objects()) {
                if (entry.string("role").equals("assistant")) {
                    return entry.string("text");
                }
            }
        }
        throw new AssertionError("no reply within 30 s; output: " + lines);
    }
}
