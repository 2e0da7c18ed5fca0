package dev.pincer.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.guard.GuardResult;
import dev.pincer.spi.GuardAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards named in pincer.yaml are loaded confined, started with no hosts and no secrets, and asked in order. */
class GuardsTest {
    private static final String PROBE = """
            package example.probe;

            import dev.pincer.spi.*;
            import java.net.URI;

            public final class Probe implements Guard {
                private IntegrationContext context;
                private String reached;

                @Override
                public void start(IntegrationContext context) {
                    this.context = context;
                    String verdict = context.config().require("verdict");
                    if (!verdict.equals("ask") && !verdict.equals("deny")) {
                        throw new IntegrationException("configuration key 'verdict' is \\"" + verdict
                                + "\\"; valid values: ask, deny");
                    }
                    try {
                        context.http().send(HttpRequest.get(URI.create("https://example.com/")));
                        reached = "reached example.com";
                    } catch (EgressException e) {
                        reached = "egress " + e.kind();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    try {
                        context.secrets().get("OWNER_TOKEN");
                        reached += ", got a secret";
                    } catch (IntegrationException e) {
                        reached += ", no secret";
                    }
                }

                @Override
                public GuardVerdict inspect(GuardAction action) {
                    int seen = Integer.parseInt(context.state().get("seen").orElse("0")) + 1;
                    context.state().put("seen", Integer.toString(seen));
                    String reason = "probe: " + reached + ", action " + seen + ", text " + action.text().orElse("");
                    return context.config().require("verdict").equals("ask") ? GuardVerdict.ask(reason)
                            : GuardVerdict.deny(reason);
                }
            }
            """;

    @TempDir
    Path dir;
    private Path data;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void createDataDirectory() throws IOException {
        data = Files.createDirectory(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @Test
    void aGuardRunsConfinedWithoutHostsOrSecretsAndKeepsItsState() throws IOException {
        RunConfig config = withGuards(guard("probe", "probe"), Map.of("verdict", "ask"));
        GuardAction reply = GuardAction.reply("local", "local", "my token is hunter2", "owner", false);
        try (GuardChain chain = Guards.start(config, data, Map.of("OWNER_TOKEN", "hunter2"), lines::add)) {
            assertEquals(List.of("probe"), chain.names());
            assertEquals(new GuardResult(GuardResult.Level.ASK, "probe",
                    "probe: egress REFUSED, no secret, action 1, text my token is [secret:OWNER_TOKEN]"), chain.inspect(reply));
        }
        try (GuardChain again = Guards.start(config, data, Map.of(), lines::add)) {
            assertTrue(again.inspect(reply).reason().contains("action 2"), "the state survives a restart");
        }
    }

    @Test
    void aGuardThatRefusesItsConfigurationStopsTheStartNamingTheKey() throws IOException {
        RunConfig config = withGuards(guard("probe", "probe"), Map.of("verdict", "maybe"));
        RunConfigException e = assertThrows(RunConfigException.class, () -> Guards.start(config, data, Map.of(), lines::add));
        assertTrue(e.getMessage().startsWith("guard 'probe' did not start: configuration key 'verdict' is \"maybe\"; "
                + "valid values: ask, deny ("), e.getMessage());
    }

    @Test
    void aGuardMayNotTakeTheNameOfTheLocalChat() throws IOException {
        RunConfig config = withGuards(guard("local", "probe"), Map.of("verdict", "ask"));
        RunConfig withChat = new RunConfig(config.source(), config.dataDir(), new RunConfig.LocalChatSettings(true, 0),
                config.model(), config.channels(), config.tools(), config.guards(), config.agent(), Map.of(), 0);
        RunConfigException e = assertThrows(RunConfigException.class, () -> Guards.start(withChat, data, Map.of(), lines::add));
        assertTrue(e.getMessage().contains("is named 'local' in its pincer.json, like (the built-in local chat)"),
                e.getMessage());
    }

    @Test
    void anIntegrationOfAnotherKindIsRefusedFromTheGuardsList() throws IOException {
        Path model = Files.createDirectories(dir.resolve("model/src"));
        Files.writeString(model.getParent().resolve("pincer.json"), """
                {"kind": "model", "name": "mymodel", "spec": "models/anthropic", "specVersion": "1.0",
                 "entry": "x.Model", "egress": ["api.anthropic.com"]}""");
        RunConfig config = withGuards(model.getParent(), Map.of());
        RunConfigException e = assertThrows(RunConfigException.class, () -> Guards.start(config, data, Map.of(), lines::add));
        assertTrue(e.getMessage().contains("is a model integration, but guards[0] needs a guard"), e.getMessage());
    }

    private Path guard(String name, String directory) throws IOException {
        Path root = dir.resolve(directory);
        Path source = Files.createDirectories(root.resolve("src/example/probe"));
        Files.writeString(source.resolve("Probe.java"), PROBE);
        Files.writeString(root.resolve("pincer.json"), """
                {"kind": "guard", "name": "%s", "spec": "guards/probe", "specVersion": "1.0",
                 "entry": "example.probe.Probe"}""".formatted(name));
        return root;
    }

    private static RunConfig withGuards(Path guard, Map<String, String> config) {
        return new RunConfig(Optional.empty(), Optional.empty(), new RunConfig.LocalChatSettings(false, 0), Optional.empty(),
                List.of(), List.of(), List.of(new RunConfig.IntegrationSettings(guard, config)), RunConfig.defaults().agent(),
                Map.of(), 0);
    }
}
