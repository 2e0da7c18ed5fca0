package dev.pincer.runtime.manifest;

import dev.pincer.runtime.manifest.JsonTree.JsonArrayTree;
import dev.pincer.runtime.manifest.JsonTree.JsonObjectTree;
import dev.pincer.runtime.manifest.JsonTree.JsonStringTree;
import dev.pincer.runtime.manifest.JsonTree.Member;
import dev.pincer.runtime.manifest.JsonTree.Position;
import dev.pincer.runtime.tool.ActionDeclaration;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads {@code pincer.json} and checks it field by field, reporting the position of the first problem. */
final class ManifestReader {

    private static final Map<String, String> REQUIRED = requiredFields();
    private static final List<String> KNOWN = List.of(
            "kind", "name", "spec", "specVersion", "entry", "egress", "secrets", "config", "actions");

    private static final String GUARD = "guard";
    private static final String GUARD_RULE = "MAN-010";

    private final Path file;

    ManifestReader(Path file) {
        this.file = file;
    }

    Manifest read() {
        JsonTree root = new JsonTreeReader(file).read(readText());
        if (!(root instanceof JsonObjectTree object)) {
            throw fail(root.at(), "", "the manifest is " + root.description() + ", not an object",
                    "write a JSON object such as {\"kind\": \"channel\", \"name\": \"telegram\", ...}");
        }
        Map<String, Member> members = new LinkedHashMap<>();
        for (Member member : object.members()) {
            if (!KNOWN.contains(member.key())) {
                throw fail(member.keyAt(), member.key(), "unknown field",
                        "known fields are " + String.join(", ", KNOWN));
            }
            members.put(member.key(), member);
        }
        boolean guard = members.containsKey("kind") && members.get("kind").value() instanceof JsonStringTree k
                && k.value().equals(GUARD);
        REQUIRED.forEach((field, fix) -> {
            if (!members.containsKey(field) && !(guard && field.equals("egress"))) {
                throw fail(object.at(), field, "required field is missing", fix);
            }
        });
        String kind = string(members.get("kind"), "kind", ManifestRules::kind);
        String name = string(members.get("name"), "name", ManifestRules::name);
        String spec = string(members.get("spec"), "spec", ManifestRules::spec);
        String specVersion = string(members.get("specVersion"), "specVersion", ManifestRules::specVersion);
        String entry = string(members.get("entry"), "entry", ManifestRules::entry);
        List<String> egress = guard ? guardEgress(Optional.ofNullable(members.get("egress")))
                : egress(members.get("egress"));
        if (guard) {
            guardSecrets(Optional.ofNullable(members.get("secrets")));
        }
        Map<String, List<String>> secrets = secrets(Optional.ofNullable(members.get("secrets")), egress);
        Map<String, String> config = config(Optional.ofNullable(members.get("config")));
        List<ActionDeclaration> actions = new ActionsReader(file).read(kind, Optional.ofNullable(members.get("actions")), object.at());
        return new Manifest(file, kind, name, spec, specVersion, entry, egress, secrets, config, actions);
    }

    private String readText() {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ManifestException(file, 0, 0, "", "the manifest does not exist",
                    "create " + Manifest.FILE_NAME + " in the integration directory");
        } catch (CharacterCodingException e) {
            throw new ManifestException(file, 0, 0, "", "the manifest is not valid UTF-8", "save it as UTF-8");
        } catch (IOException e) {
            throw new ManifestException(file, 0, 0, "", "the manifest cannot be read (" + e + ")",
                    "check that the file exists and is readable");
        }
    }

    private String string(Member member, String field, Function<String, Optional<ManifestRules.Violation>> rule) {
        return string(member.value(), field, rule);
    }

    private String string(JsonTree value, String field, Function<String, Optional<ManifestRules.Violation>> rule) {
        if (!(value instanceof JsonStringTree string)) {
            throw fail(value.at(), field, "expected a string, found " + value.description(),
                    "write the value in double quotes");
        }
        rule.apply(string.value()).ifPresent(v -> {
            throw fail(value.at(), field, v.problem(), v.fix());
        });
        return string.value();
    }

    private List<String> egress(Member member) {
        List<String> hosts = hostList(member.value(), "egress", ManifestRules::host);
        if (hosts.isEmpty()) {
            throw fail(member.value().at(), "egress", "the list is empty",
                    "name at least one host the integration may reach, such as [\"api.telegram.org\"]");
        }
        return hosts;
    }

    /** A guard reaches no host (MAN-010): {@code egress} is absent or empty. */
    private List<String> guardEgress(Optional<Member> member) {
        if (member.isEmpty()) {
            return List.of();
        }
        List<String> hosts = hostList(member.get().value(), "egress", ManifestRules::host);
        if (!hosts.isEmpty()) {
            throw new ManifestException(file, member.get().value().at().line(), member.get().value().at().column(),
                    "egress", "a guard reaches no host, but egress lists " + hosts,
                    "remove \"egress\" (or write []): a guard inspects the actions the runtime hands it and needs no "
                            + "network", GUARD_RULE);
        }
        return hosts;
    }

    /** A guard holds no secrets (MAN-010): {@code secrets} is absent or empty. */
    private void guardSecrets(Optional<Member> member) {
        List<Member> secrets = members(member, "secrets", "write {}");
        if (!secrets.isEmpty()) {
            throw new ManifestException(file, secrets.getFirst().keyAt().line(), secrets.getFirst().keyAt().column(),
                    "secrets", "a guard holds no secrets, but secrets names " + secrets.stream().map(Member::key).toList(),
                    "remove \"secrets\": a guard's configuration is plain settings in \"config\"", GUARD_RULE);
        }
    }

    private Map<String, List<String>> secrets(Optional<Member> member, List<String> egress) {
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        for (Member secret : members(member, "secrets", "write {\"TELEGRAM_BOT_TOKEN\": [\"api.telegram.org\"]}")) {
            String field = "secrets." + secret.key();
            ManifestRules.secretName(secret.key()).ifPresent(v -> {
                throw fail(secret.keyAt(), field, v.problem(), v.fix());
            });
            // An empty list is a secret that is never sent, only used to verify signatures (Secrets.hmacSha256).
            List<String> hosts = hostList(secret.value(), field, host -> ManifestRules.boundHost(host, egress));
            secrets.put(secret.key(), hosts);
        }
        return secrets;
    }

    private Map<String, String> config(Optional<Member> member) {
        Map<String, String> config = new LinkedHashMap<>();
        for (Member entry : members(member, "config", "write {\"key\": \"value\"}")) {
            String field = "config." + entry.key();
            ManifestRules.configKey(entry.key()).ifPresent(v -> {
                throw fail(entry.keyAt(), field, v.problem(), v.fix());
            });
            config.put(entry.key(), string(entry.value(), field, value -> Optional.empty()));
        }
        return config;
    }

    private List<Member> members(Optional<Member> member, String field, String example) {
        if (member.isEmpty()) {
            return List.of();
        }
        JsonTree value = member.get().value();
        if (!(value instanceof JsonObjectTree object)) {
            throw fail(value.at(), field, "expected an object, found " + value.description(), example);
        }
        return object.members();
    }

    private List<String> hostList(JsonTree value, String field,
            Function<String, Optional<ManifestRules.Violation>> rule) {
        if (!(value instanceof JsonArrayTree array)) {
            throw fail(value.at(), field, "expected a list of host names, found " + value.description(),
                    "write a list such as [\"api.telegram.org\"]");
        }
        List<String> hosts = new ArrayList<>();
        for (JsonTree element : array.elements()) {
            String elementField = field + "[" + hosts.size() + "]";
            String host = string(element, elementField, ManifestRules::host);
            rule.apply(host).ifPresent(v -> {
                throw fail(element.at(), elementField, v.problem(), v.fix());
            });
            if (hosts.contains(host)) {
                throw fail(element.at(), elementField, ManifestRules.quote(host) + " is listed twice (also at "
                        + field + "[" + hosts.indexOf(host) + "])", "list each host once");
            }
            hosts.add(host);
        }
        return hosts;
    }

    private ManifestException fail(Position at, String field, String problem, String fix) {
        return new ManifestException(file, at.line(), at.column(), field, problem, fix);
    }

    private static Map<String, String> requiredFields() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("kind", "add \"kind\": one of " + String.join(", ", ManifestRules.KINDS));
        required.put("name", "add \"name\", the integration's name, such as \"telegram\"");
        required.put("spec", "add \"spec\", the path of the spec it implements, such as \"channels/telegram\"");
        required.put("specVersion", "add \"specVersion\", the spec's version, such as \"1.0\"");
        required.put("entry", "add \"entry\", the binary name of the integration's class, "
                + "such as \"example.telegram.TelegramChannel\"");
        required.put("egress", "add \"egress\", the hosts the integration may reach, such as [\"api.telegram.org\"] "
                + "(only a guard has none)");
        return required;
    }
}
