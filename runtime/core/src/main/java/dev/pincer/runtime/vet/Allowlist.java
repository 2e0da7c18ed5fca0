package dev.pincer.runtime.vet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What generated integration code may name, read from the fixtures of the confinement spec.
 *
 * <p>Deny lines override allow lines; a class that only member lines allow is restricted to those
 * members; anything else is denied (CONF-CLS-001). Immutable and thread-safe.
 */
public final class Allowlist {

    /** Where the runtime keeps its packaged copy of {@code specs/confinement.md}. */
    static final String RESOURCE = "confinement.md";
    static final String DEFAULT_DENY_RULE = "CONF-CLS-001";

    private static volatile Allowlist builtIn;

    private final ConfinementSpec spec;
    /** Verdicts already reached: the allowlist never changes, and vetting asks about the same names again and again. */
    private final java.util.Map<String, Verdict> classVerdicts = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Verdict> memberVerdicts = new java.util.concurrent.ConcurrentHashMap<>();

    private Allowlist(ConfinementSpec spec) {
        this.spec = spec;
    }

    /**
     * Reads the allowlist from a confinement spec on disk.
     *
     * @throws IllegalArgumentException naming the file and line if a fixture line or rule ID is invalid
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Allowlist fromSpec(Path confinementMd) {
        Objects.requireNonNull(confinementMd, "confinementMd");
        try {
            return new Allowlist(ConfinementSpec.parse(confinementMd.toString(), Files.readAllLines(confinementMd, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confinement spec " + confinementMd + ": " + e.getMessage(), e);
        }
    }

    /** The allowlist of the confinement spec this runtime was built with. */
    public static Allowlist builtIn() {
        Allowlist result = builtIn;
        if (result == null) {
            try (InputStream in = Allowlist.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the runtime has no packaged " + RESOURCE + " next to " + Allowlist.class.getName()
                            + "; rebuild runtime/core so that specs/confinement.md is copied into its resources");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                result = new Allowlist(ConfinementSpec.parse("specs/confinement.md", text.lines().toList()));
                builtIn = result;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the packaged confinement spec: " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** The decision on a class, by binary name ({@code java.util.Map$Entry}). */
    public Verdict checkClass(String binaryName) {
        return classVerdicts.computeIfAbsent(normalize(Objects.requireNonNull(binaryName, "binaryName")), this::decideClass);
    }

    private Verdict decideClass(String name) {
        Optional<AllowlistEntry> deny = mostSpecific(spec.deny(), name, false);
        if (deny.isPresent()) {
            return new Verdict.Denied(deny.get().ruleId(), deny.get().line(), "denied by " + deny.get().pattern());
        }
        Optional<AllowlistEntry> allow = mostSpecific(spec.allow(), name, false);
        if (allow.isPresent()) {
            return new Verdict.Allowed(allow.get().ruleId(), allow.get().line(), "allowed by " + allow.get().pattern(), false);
        }
        List<AllowlistEntry> members = memberLines(spec.allow(), name);
        if (!members.isEmpty()) {
            AllowlistEntry first = members.get(0);
            return new Verdict.Allowed(first.ruleId(), first.line(), "restricted to members " + memberNames(members), true);
        }
        return new Verdict.Denied(DEFAULT_DENY_RULE, headingLine(DEFAULT_DENY_RULE), "not on the allowlist");
    }

    /**
     * The decision on a member of a class, ignoring supertypes.
     *
     * @param descriptor the JVM descriptor; member lines match every overload, so it does not change the decision
     */
    public Verdict checkMember(String owner, String name, String descriptor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptor, "descriptor");
        String ownerName = normalize(Objects.requireNonNull(owner, "owner"));
        return memberVerdicts.computeIfAbsent(ownerName + "#" + name, key -> decideMember(ownerName, name));
    }

    private Verdict decideMember(String ownerName, String name) {
        Verdict ownerVerdict = checkClass(ownerName);
        if (ownerVerdict instanceof Verdict.Denied) {
            return ownerVerdict;
        }
        Optional<Verdict.Denied> denied = deniedMember(ownerName, name);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (ownerVerdict instanceof Verdict.Allowed allowed && allowed.restricted()) {
            List<AllowlistEntry> members = memberLines(spec.allow(), ownerName);
            return members.stream().filter(entry -> entry.member().equals(name)).findFirst()
                    .<Verdict>map(entry -> new Verdict.Allowed(entry.ruleId(), entry.line(), "allowed by " + entry.pattern(), false))
                    .orElseGet(() -> new Verdict.Denied(members.get(0).ruleId(), members.get(0).line(),
                            ownerName + " is restricted to members " + memberNames(members)));
        }
        return ownerVerdict;
    }

    /** The deny line that names exactly this member on exactly this class, if any. */
    Optional<Verdict.Denied> deniedMember(String owner, String name) {
        return spec.deny().stream()
                .filter(entry -> entry.isMember() && entry.member().equals(name) && entry.covers(owner))
                .findFirst()
                .map(entry -> new Verdict.Denied(entry.ruleId(), entry.line(), "denied by " + entry.pattern()));
    }

    /** Whether any allow or deny line names a member of this class. */
    boolean hasMemberRules(String className) {
        String name = normalize(className);
        return !memberLines(spec.allow(), name).isEmpty() || !memberLines(spec.deny(), name).isEmpty();
    }

    /** The decision on a bootstrap method named by {@code invokedynamic} or a dynamic constant. */
    Verdict checkBootstrap(String owner, String name) {
        String ownerName = normalize(owner);
        return spec.bootstraps().stream()
                .filter(entry -> entry.isMember() && entry.covers(ownerName) && entry.member().equals(name))
                .findFirst()
                .<Verdict>map(entry -> new Verdict.Allowed(entry.ruleId(), entry.line(), "allowed by " + entry.pattern(), false))
                .orElseGet(() -> new Verdict.Denied("CONF-BC-003", headingLine("CONF-BC-003"),
                        "not one of javac's bootstraps " + spec.bootstraps().stream().filter(AllowlistEntry::isMember)
                                .map(AllowlistEntry::pattern).toList()));
    }

    /** Whether the class is a bootstrap owner or may appear in a bootstrap method's descriptor. */
    boolean isBootstrapType(String className) {
        String name = normalize(className);
        return spec.bootstraps().stream().anyMatch(entry -> entry.covers(name));
    }

    /** The requirement with this ID, if the spec declares it. */
    Optional<ConfinementSpec.Requirement> requirement(String id) {
        return Optional.ofNullable(spec.requirements().get(id));
    }

    /** Where the spec was read from, for messages. */
    String source() {
        return spec.source();
    }

    private int headingLine(String id) {
        return requirement(id).map(ConfinementSpec.Requirement::line).orElse(0);
    }

    private static Optional<AllowlistEntry> mostSpecific(List<AllowlistEntry> entries, String className, boolean members) {
        return entries.stream()
                .filter(entry -> entry.isMember() == members && entry.covers(className))
                .max(Comparator.comparingInt(AllowlistEntry::specificity));
    }

    private static List<AllowlistEntry> memberLines(List<AllowlistEntry> entries, String className) {
        return entries.stream().filter(entry -> entry.isMember() && entry.covers(className)).toList();
    }

    private static String memberNames(List<AllowlistEntry> members) {
        return members.stream().map(AllowlistEntry::member).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    private static String normalize(String name) {
        String result = name.replace('/', '.');
        while (result.startsWith("[")) {
            result = result.substring(1);
        }
        if (result.startsWith("L") && result.endsWith(";")) {
            result = result.substring(1, result.length() - 1);
        }
        return result;
    }
}
