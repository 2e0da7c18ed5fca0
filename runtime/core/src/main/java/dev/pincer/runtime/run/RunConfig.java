package dev.pincer.runtime.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import dev.pincer.runtime.agent.AgentSettings;

/**
 * What {@code pincer run} runs: the owner's {@code pincer.yaml}, or the defaults when there is none.
 *
 * @param source the file it was read from; empty for the defaults
 * @param dataDir where the database, secrets and caches live; empty for the default data directory
 * @param localChat the built-in chat page
 * @param model the model integration; empty for the built-in echo model
 * @param channels the channel integrations, in the order given
 * @param tools the tool integrations, in the order given
 * @param guards the guard integrations, in the order they inspect each proposed action
 * @param agent how the agent talks to the model
 * @param egressRedirects hosts whose requests the owner sends elsewhere, such as a local model server
 * @param webhookPort the 127.0.0.1 port of the inbound webhook server; 0 for any free port
 * @param policy the owner's policy file; empty for the built-in policy
 */
public record RunConfig(
        Optional<Path> source,
        Optional<Path> dataDir,
        LocalChatSettings localChat,
        Optional<IntegrationSettings> model,
        List<IntegrationSettings> channels,
        List<IntegrationSettings> tools,
        List<IntegrationSettings> guards,
        AgentSettings agent,
        Map<String, URI> egressRedirects,
        int webhookPort,
        Optional<Path> policy) {

    /** The default local chat port. */
    public static final int DEFAULT_CHAT_PORT = 8484;

    public RunConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(localChat, "localChat");
        Objects.requireNonNull(model, "model");
        channels = List.copyOf(channels);
        tools = List.copyOf(tools);
        guards = List.copyOf(guards);
        Objects.requireNonNull(agent, "agent");
        egressRedirects = Map.copyOf(egressRedirects);
        Objects.requireNonNull(policy, "policy");
    }

    /** A configuration with the built-in policy. */
    public RunConfig(Optional<Path> source, Optional<Path> dataDir, LocalChatSettings localChat,
            Optional<IntegrationSettings> model, List<IntegrationSettings> channels, List<IntegrationSettings> tools,
            List<IntegrationSettings> guards, AgentSettings agent, Map<String, URI> egressRedirects, int webhookPort) {
        this(source, dataDir, localChat, model, channels, tools, guards, agent, egressRedirects, webhookPort,
                Optional.empty());
    }

    /** A configuration without guards, with the built-in policy. */
    public RunConfig(Optional<Path> source, Optional<Path> dataDir, LocalChatSettings localChat,
            Optional<IntegrationSettings> model, List<IntegrationSettings> channels, List<IntegrationSettings> tools,
            AgentSettings agent, Map<String, URI> egressRedirects, int webhookPort) {
        this(source, dataDir, localChat, model, channels, tools, List.of(), agent, egressRedirects, webhookPort);
    }

    /** The configuration used when there is no {@code pincer.yaml}: local chat and the built-in echo model. */
    public static RunConfig defaults() {
        return new RunConfig(Optional.empty(), Optional.empty(), new LocalChatSettings(true, DEFAULT_CHAT_PORT),
                Optional.empty(), List.of(), List.of(), List.of(), AgentSettings.defaults(), Map.of(), 0, Optional.empty());
    }

    /** This configuration with the owner's policy read from {@code file}. */
    public RunConfig withPolicy(Path file) {
        return new RunConfig(source, dataDir, localChat, model, channels, tools, guards, agent, egressRedirects,
                webhookPort, Optional.of(file));
    }

    /**
     * The built-in chat page on 127.0.0.1.
     *
     * @param enabled whether to serve it
     * @param port its port; 0 for any free port
     */
    public record LocalChatSettings(boolean enabled, int port) {}

    /**
     * One integration to load.
     *
     * @param directory the directory with its {@code pincer.json} and {@code src/}
     * @param config the owner's settings, over the manifest's defaults
     */
    public record IntegrationSettings(Path directory, Map<String, String> config) {
        public IntegrationSettings {
            Objects.requireNonNull(directory, "directory");
            config = Map.copyOf(config);
        }
    }
}
