package dev.pincer.runtime.manifest;

import dev.pincer.runtime.tool.ActionDeclaration;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An integration's manifest, {@code pincer.json}: what it is, which class to load, and what it may reach.
 *
 * @param file the manifest file it was read from
 * @param kind one of {@code channel}, {@code model}, {@code tool}, {@code guard}
 * @param name the integration's name, such as {@code telegram}
 * @param spec the path of the spec it implements, such as {@code channels/telegram}
 * @param specVersion the spec's {@code MAJOR.MINOR} version
 * @param entryClass the binary name of the class the runtime instantiates
 * @param egress the lower-case host names the integration may send requests to; empty for a guard, else never empty
 * @param secrets secret names to the hosts (all in {@code egress}) each secret may be sent to; an empty
 *     list is a secret that is never sent, only used for signatures; none for a guard
 * @param config default configuration values
 * @param actions the actions of a {@code tool}, in declaration order with distinct names; empty for other kinds
 */
public record Manifest(
        Path file,
        String kind,
        String name,
        String spec,
        String specVersion,
        String entryClass,
        List<String> egress,
        Map<String, List<String>> secrets,
        Map<String, String> config,
        List<ActionDeclaration> actions) {

    /** The manifest's file name inside an integration directory. */
    public static final String FILE_NAME = "pincer.json";

    private static final String TOOL = "tool";
    private static final String GUARD = "guard";

    /**
     * Checks every field; collections are copied and kept in their given order.
     *
     * @throws IllegalArgumentException if a field breaks a manifest rule; the message names the field
     */
    public Manifest {
        Objects.requireNonNull(file, "file");
        check("kind", ManifestRules.kind(Objects.requireNonNull(kind, "kind")));
        check("name", ManifestRules.name(Objects.requireNonNull(name, "name")));
        check("spec", ManifestRules.spec(Objects.requireNonNull(spec, "spec")));
        check("specVersion", ManifestRules.specVersion(Objects.requireNonNull(specVersion, "specVersion")));
        check("entry", ManifestRules.entry(Objects.requireNonNull(entryClass, "entryClass")));
        egress = List.copyOf(egress);
        if (GUARD.equals(kind) && !egress.isEmpty()) {
            throw new IllegalArgumentException("manifest field 'egress': a guard reaches no host, but egress lists "
                    + egress + "; remove \"egress\"");
        }
        if (!GUARD.equals(kind) && egress.isEmpty()) {
            throw new IllegalArgumentException("manifest field 'egress': the list is empty; name at least one host");
        }
        for (int i = 0; i < egress.size(); i++) {
            check("egress[" + i + "]", ManifestRules.host(egress.get(i)));
            if (egress.indexOf(egress.get(i)) != i) {
                throw new IllegalArgumentException("manifest field 'egress[" + i + "]': "
                        + ManifestRules.quote(egress.get(i)) + " is listed twice; list each host once");
            }
        }
        Map<String, List<String>> secretsCopy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> secret : Objects.requireNonNull(secrets, "secrets").entrySet()) {
            check("secrets." + secret.getKey(), ManifestRules.secretName(secret.getKey()));
            List<String> hosts = List.copyOf(secret.getValue());
            for (int i = 0; i < hosts.size(); i++) {
                check("secrets." + secret.getKey() + "[" + i + "]", ManifestRules.boundHost(hosts.get(i), egress));
            }
            secretsCopy.put(secret.getKey(), hosts);
        }
        secrets = Collections.unmodifiableMap(secretsCopy);
        if (GUARD.equals(kind) && !secrets.isEmpty()) {
            throw new IllegalArgumentException("manifest field 'secrets': a guard holds no secrets, but secrets names "
                    + secrets.keySet() + "; remove \"secrets\"");
        }
        Map<String, String> configCopy = new LinkedHashMap<>();
        Objects.requireNonNull(config, "config").forEach((key, value) -> {
            check("config." + key, ManifestRules.configKey(key));
            configCopy.put(key, Objects.requireNonNull(value, "config value of " + key));
        });
        config = Collections.unmodifiableMap(configCopy);
        actions = List.copyOf(actions);
        checkActions(kind, actions);
    }

    /** A manifest of a kind other than {@code tool}, which declares no actions. */
    public Manifest(Path file, String kind, String name, String spec, String specVersion, String entryClass,
            List<String> egress, Map<String, List<String>> secrets, Map<String, String> config) {
        this(file, kind, name, spec, specVersion, entryClass, egress, secrets, config, List.of());
    }

    /**
     * Reads and validates a manifest file.
     *
     * @param file the {@code pincer.json} to read
     * @throws ManifestException if the file cannot be read, is not valid JSON, or breaks a rule; the
     *     message gives file, line, column and field
     */
    public static Manifest read(Path file) {
        return new ManifestReader(Objects.requireNonNull(file, "file")).read();
    }

    /** The hosts a secret is bound to, if the manifest names it. */
    public Optional<List<String>> secretHosts(String secretName) {
        return Optional.ofNullable(secrets.get(secretName));
    }

    /** The declared action called {@code actionName}, if there is one. */
    public Optional<ActionDeclaration> action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }

    private static void checkActions(String kind, List<ActionDeclaration> actions) {
        if (TOOL.equals(kind) && actions.isEmpty()) {
            throw new IllegalArgumentException("manifest field 'actions': a tool declares at least one action; "
                    + "list them with name, description, arguments, effect and resource");
        }
        if (!TOOL.equals(kind) && !actions.isEmpty()) {
            throw new IllegalArgumentException("manifest field 'actions': only a tool declares actions, this is a "
                    + kind + "; remove \"actions\" or set \"kind\" to \"tool\"");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            if (!names.add(actions.get(i).name())) {
                throw new IllegalArgumentException("manifest field 'actions[" + i + "].name': \"" + actions.get(i).name()
                        + "\" is declared twice; give each action its own name");
            }
        }
    }

    private static void check(String field, Optional<ManifestRules.Violation> violation) {
        violation.ifPresent(v -> {
            throw new IllegalArgumentException("manifest field '" + field + "': " + v.problem() + "; " + v.fix());
        });
    }
}
