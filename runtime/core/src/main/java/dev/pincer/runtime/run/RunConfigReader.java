package dev.pincer.runtime.run;

import dev.pincer.runtime.agent.AgentSettings;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.yaml.LocatedYaml;
import dev.pincer.runtime.yaml.LocatedYamlException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code pincer.yaml}, reporting every problem as file:line:column, the field, the value and what is valid. */
public final class RunConfigReader {
    private static final Set<String> TOP = Set.of("data", "localChat", "model", "agent", "channels", "tools", "guards", "policy",
            "egress", "webhooks");
    /** The policy file read when pincer.yaml names none and one lies beside it. */
    static final String DEFAULT_POLICY = "policy.yaml";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    private final LocatedYaml yaml;
    private final Path file;
    private final Path base;

    private RunConfigReader(LocatedYaml yaml, Path file) {
        this.yaml = yaml;
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        this.base = parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * Reads and checks a configuration file; integration directories are resolved against the file's directory.
     *
     * @throws RunConfigException naming the first problem found
     */
    public static RunConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RunConfigException(file + " does not exist; create it (see README, 'Configuration') or run "
                    + "without --config for the built-in local chat");
        }
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.read(file);
        } catch (LocatedYamlException e) {
            throw new RunConfigException(e.getMessage());
        }
        return new RunConfigReader(yaml, file).config();
    }

    private RunConfig config() {
        JsonNode root = yaml.root();
        object(root, "", TOP);
        RunConfig defaults = RunConfig.defaults();
        Optional<Path> data = optText(root, "data").map(value -> base.resolve(expandHome(value)).normalize());
        JsonNode chat = root.path("localChat");
        object(chat, "localChat", Set.of("enabled", "port"));
        RunConfig.LocalChatSettings localChat = new RunConfig.LocalChatSettings(
                bool(chat, "localChat.enabled", true), port(chat, "localChat.port", RunConfig.DEFAULT_CHAT_PORT));
        Optional<RunConfig.IntegrationSettings> model = root.has("model")
                ? Optional.of(integration(root.get("model"), "model", "model")) : Optional.empty();
        List<RunConfig.IntegrationSettings> channels = integrations(root, "channels", "channel");
        List<RunConfig.IntegrationSettings> tools = integrations(root, "tools", "tool");
        List<RunConfig.IntegrationSettings> guards = integrations(root, "guards", "guard");
        JsonNode agentNode = root.path("agent");
        object(agentNode, "agent", Set.of("system", "maxContextChars", "maxToolRounds", "maxOutputTokens"));
        AgentSettings d = defaults.agent();
        AgentSettings agent = new AgentSettings(
                optText(agentNode, "agent.system").orElse(d.system()),
                integer(agentNode, "agent.maxContextChars", d.maxContextChars(), 1_000, 1_000_000),
                integer(agentNode, "agent.maxToolRounds", d.maxToolRounds(), 1, 50),
                integer(agentNode, "agent.maxOutputTokens", d.maxOutputTokens(), 16, 200_000));
        JsonNode egress = root.path("egress");
        object(egress, "egress", Set.of("redirect"));
        Map<String, URI> redirects = redirects(egress.path("redirect"));
        JsonNode webhooks = root.path("webhooks");
        object(webhooks, "webhooks", Set.of("port"));
        int webhookPort = port(webhooks, "webhooks.port", 0);
        Optional<Path> policy = optText(root, "policy").map(value -> base.resolve(expandHome(value)).normalize());
        if (policy.isPresent() && !Files.isRegularFile(policy.get())) {
            throw problem("policy", "names " + policy.get() + ", which does not exist; write the policy there (see "
                    + "README, 'Permissions') or leave 'policy' out for the built-in policy");
        }
        if (policy.isEmpty() && Files.isRegularFile(base.resolve(DEFAULT_POLICY))) {
            policy = Optional.of(base.resolve(DEFAULT_POLICY));
        }
        return new RunConfig(Optional.of(file), data, localChat, model, channels, tools, guards, agent, redirects,
                webhookPort, policy);
    }

    private List<RunConfig.IntegrationSettings> integrations(JsonNode root, String field, String kind) {
        JsonNode list = root.path(field);
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw problem(field, "must be a list of entries such as '- integration: examples/" + field + "/...'");
        }
        List<RunConfig.IntegrationSettings> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(integration(list.get(i), field + "[" + i + "]", kind));
        }
        return result;
    }

    private RunConfig.IntegrationSettings integration(JsonNode node, String path, String kind) {
        object(node, path, Set.of("integration", "config"));
        String written = optText(node, path + ".integration").orElseThrow(() -> problem(path,
                "needs 'integration:', the directory of a " + kind + " integration (with pincer.json), such as "
                        + "examples/" + (kind.equals("model") ? "models/anthropic" : kind + "s/...")));
        Path directory = base.resolve(expandHome(written)).normalize();
        if (!Files.isRegularFile(directory.resolve(Manifest.FILE_NAME))) {
            throw problem(path + ".integration", "'" + written + "' (" + directory + ") is not an integration directory: "
                    + "it has no " + Manifest.FILE_NAME + "; give a directory such as examples/"
                    + (kind.equals("model") ? "models/anthropic" : kind + "s/..."));
        }
        JsonNode config = node.path("config");
        Map<String, String> values = new LinkedHashMap<>();
        if (!config.isMissingNode() && !config.isNull()) {
            if (!config.isObject()) {
                throw problem(path + ".config", "must be a mapping of setting names to values");
            }
            for (Map.Entry<String, JsonNode> entry : config.properties()) {
                if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                    throw problem(path + ".config." + entry.getKey(), "must be a plain value (text, number or true/false)");
                }
                values.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return new RunConfig.IntegrationSettings(directory, values);
    }

    private Map<String, URI> redirects(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw problem("egress.redirect", "must map host names to URLs, such as 'api.openai.com: http://127.0.0.1:11434'");
        }
        Map<String, URI> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "egress.redirect." + entry.getKey();
            if (!HOST.matcher(entry.getKey()).matches()) {
                throw problem(path, "'" + entry.getKey() + "' is not a host name; use a lower-case name such as api.openai.com");
            }
            String text = entry.getValue().asText("");
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || !entry.getValue().isTextual() || uri.getHost() == null
                    || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()))
                    || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
                    || uri.getQuery() != null) {
                throw problem(path, "'" + text + "' is not a base URL; write scheme, host and port only, such as "
                        + "http://127.0.0.1:11434");
            }
            result.put(entry.getKey(), uri);
        }
        return result;
    }

    private void object(JsonNode node, String path, Set<String> allowed) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw problem(path.isEmpty() ? "(top level)" : path, "must be a mapping with the keys "
                    + new java.util.TreeSet<>(allowed));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String field = path.isEmpty() ? name : path + "." + name;
                throw new RunConfigException(yaml.whereKey(field) + ": " + field + " is not a setting here; valid: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private Optional<String> optText(JsonNode parent, String path) {
        JsonNode node = parent.path(last(path));
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw problem(path, "must be non-blank text, was " + node);
        }
        return Optional.of(node.asText());
    }

    private boolean bool(JsonNode parent, String path, boolean fallback) {
        JsonNode node = parent.path(last(path));
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw problem(path, "must be true or false, was " + node);
        }
        return node.asBoolean();
    }

    private int port(JsonNode parent, String path, int fallback) {
        return integer(parent, path, fallback, 0, 65_535);
    }

    private int integer(JsonNode parent, String path, int fallback, int min, int max) {
        JsonNode node = parent.path(last(path));
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            throw problem(path, "must be a whole number from " + min + " to " + max + ", was " + node);
        }
        return node.asInt();
    }

    private RunConfigException problem(String path, String what) {
        return new RunConfigException(yaml.where(path) + ": " + path + " " + what);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String expandHome(String path) {
        return path.equals("~") || path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    }
}
