package dev.pincer.runtime.run;

import dev.pincer.runtime.agent.AgentSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigReaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("pincer.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Path integration(String relative, String kind) throws IOException {
        Path integration = dir.resolve(relative);
        Files.createDirectories(integration);
        Files.writeString(integration.resolve("pincer.json"), "{\"kind\": \"" + kind + "\"}");
        return integration;
    }

    @Test
    void readsEverySectionWithPathsRelativeToTheFile() throws IOException {
        integration("integrations/telegram", "channel");
        integration("integrations/model", "model");
        RunConfig config = RunConfigReader.read(write("""
                data: state
                localChat:
                  port: 9000
                model:
                  integration: integrations/model
                  config:
                    model: claude-sonnet-4-5
                    maxOutputTokens: 2048
                channels:
                  - integration: integrations/telegram
                agent:
                  maxToolRounds: 3
                egress:
                  redirect:
                    api.openai.com: http://127.0.0.1:11434
                webhooks:
                  port: 8485
                """));
        assertEquals(dir.resolve("state"), config.dataDir().orElseThrow());
        assertEquals(new RunConfig.LocalChatSettings(true, 9000), config.localChat());
        assertEquals(dir.resolve("integrations/model"), config.model().orElseThrow().directory());
        assertEquals(Map.of("model", "claude-sonnet-4-5", "maxOutputTokens", "2048"), config.model().orElseThrow().config());
        assertEquals(1, config.channels().size());
        assertEquals(dir.resolve("integrations/telegram"), config.channels().getFirst().directory());
        assertEquals(3, config.agent().maxToolRounds());
        assertEquals(AgentSettings.defaults().maxContextChars(), config.agent().maxContextChars());
        assertEquals(Map.of("api.openai.com", URI.create("http://127.0.0.1:11434")), config.egressRedirects());
        assertEquals(8485, config.webhookPort());
    }

    @Test
    void readsGuardsInOrderWithTheirConfiguration() throws IOException {
        integration("guards/spend", "guard");
        integration("guards/secret", "guard");
        RunConfig config = RunConfigReader.read(write("""
                guards:
                  - integration: guards/spend
                    config: {limit: "20.00", currency: USD, window: day}
                  - integration: guards/secret
                """));
        assertEquals(2, config.guards().size());
        assertEquals(dir.resolve("guards/spend"), config.guards().get(0).directory());
        assertEquals(Map.of("limit", "20.00", "currency", "USD", "window", "day"), config.guards().get(0).config());
        assertEquals(Map.of(), config.guards().get(1).config());
        assertTrue(RunConfig.defaults().guards().isEmpty());
    }

    @Test
    void aGuardsEntryIsCheckedLikeEveryIntegrationList() throws IOException {
        Path missing = write("guards:\n  - integration: guards/nope\n");
        String message = problem(missing);
        assertTrue(message.startsWith(missing + ":2:18: guards[0].integration 'guards/nope' ("), message);
        assertTrue(message.contains("examples/guards/..."), message);
        Path notAList = write("guards: examples/guards/spend-limit\n");
        assertEquals(notAList + ":1:9: guards must be a list of entries such as '- integration: examples/guards/...'",
                problem(notAList));
        Path nested = write("guards:\n  - integration: guards/spend\n    config: {limit: [1, 2]}\n");
        integration("guards/spend", "guard");
        assertTrue(problem(nested).contains("guards[0].config.limit must be a plain value"), problem(nested));
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws IOException {
        RunConfig config = RunConfigReader.read(write(""));
        assertTrue(config.channels().isEmpty());
        assertTrue(config.model().isEmpty());
        assertTrue(config.localChat().enabled());
    }

    @Test
    void anUnknownKeyIsReportedWithLineColumnAndTheValidKeys() throws IOException {
        Path file = write("""
                localChat:
                  enabled: true
                  prot: 9000
                """);
        assertEquals(file + ":3:3: localChat.prot is not a setting here; valid: enabled, port", problem(file));
    }

    @Test
    void aMissingIntegrationDirectoryNamesTheEntryAndAnExample() throws IOException {
        Path file = write("""
                channels:
                  - integration: integrations/telgram
                """);
        String message = problem(file);
        assertTrue(message.startsWith(file + ":2:18: channels[0].integration 'integrations/telgram' ("), message);
        assertTrue(message.contains("has no pincer.json"), message);
    }

    @Test
    void aPortOutOfRangeShowsTheValueAndTheRange() throws IOException {
        Path file = write("localChat:\n  port: 70000\n");
        assertEquals(file + ":2:9: localChat.port must be a whole number from 0 to 65535, was 70000", problem(file));
    }

    @Test
    void aRedirectMustBeABaseUrl() throws IOException {
        Path file = write("egress:\n  redirect:\n    api.openai.com: http://127.0.0.1:11434/v1\n");
        assertTrue(problem(file).contains("egress.redirect.api.openai.com 'http://127.0.0.1:11434/v1' is not a base URL"));
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() throws IOException {
        Path file = write("channels:\n  - integration: [unclosed\n");
        String message = problem(file);
        assertTrue(message.startsWith(file + ":2:") && message.contains("not valid YAML"), message);
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        Path file = write("webhooks:\n  port: 1\nwebhooks:\n  port: 2\n");
        assertTrue(problem(file).contains("webhooks is given twice"), problem(file));
    }

    @Test
    void aMissingFileSaysHowToStartWithoutOne() {
        String message = problem(dir.resolve("nope.yaml"));
        assertTrue(message.contains("does not exist") && message.contains("without --config"), message);
    }

    private static String problem(Path file) {
        return assertThrows(RunConfigException.class, () -> RunConfigReader.read(file)).getMessage();
    }
}
