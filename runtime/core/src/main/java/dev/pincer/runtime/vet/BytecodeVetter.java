package dev.pincer.runtime.vet;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a class file before it is defined: the boundary for what integration code can name.
 *
 * <p>Every constant-pool reference, descriptor, signature, supertype and bootstrap method is checked
 * against the {@link Allowlist}; the integration's own classes are allowed. Malformed or too new class
 * files become findings; no exception escapes {@link #vet}. Thread-safe.
 */
public final class BytecodeVetter {
    static final int MAX_MAJOR_VERSION = 65;

    private final MemberRules rules;
    private final OwnClasses own;

    /**
     * A vetter for the classes of one integration.
     *
     * @param allowlist what the integration may name
     * @param ownClasses binary names of the integration's own classes ({@code x.Y$Inner})
     */
    public BytecodeVetter(Allowlist allowlist, Set<String> ownClasses) {
        this.rules = new MemberRules(Objects.requireNonNull(allowlist, "allowlist"));
        this.own = new OwnClasses(Objects.requireNonNull(ownClasses, "ownClasses"));
    }

    /**
     * The findings for one class file; empty if it may be defined.
     *
     * @param className the binary name the class is about to be defined under
     */
    public List<Finding> vet(String className, byte[] classBytes) {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(classBytes, "classBytes");
        FindingSink sink = new FindingSink(Finding.Stage.BYTECODE, rules.allowlist().source(), false);
        try {
            String problem = versionProblem(classBytes);
            if (problem != null) {
                sink.add("CONF-BC-001", className, className, problem);
                return sink.findings();
            }
            ClassFile file = ClassFileReader.read(classBytes);
            String declared = file.thisClassName();
            if (!declared.equals(className)) {
                sink.add("CONF-BC-001", className, className, "the class file declares " + declared + ", not " + className);
                return sink.findings();
            }
            if ((file.access() & ClassFile.ACC_MODULE) != 0) {
                sink.add("CONF-BC-001", className, className, className + " is a module descriptor, not an integration class");
                return sink.findings();
            }
            if (OwnClasses.isReserved(className)) {
                sink.add("CONF-BC-007", className, className, className + " is declared in a reserved package; reserved are "
                        + OwnClasses.reservedPrefixes());
            }
            new ClassChecker(rules, own.including(className), file, sink).check();
        } catch (RuntimeException e) {
            sink.add("CONF-BC-001", className, className, "malformed class file: " + e.getMessage());
        }
        return sink.findings();
    }

    /**
     * Vets one class file and throws if it has findings; fits the loader's class-vetting hook.
     *
     * @throws ConfinementException listing the findings
     */
    public void require(String className, byte[] classBytes) {
        List<Finding> findings = vet(className, classBytes);
        if (!findings.isEmpty()) {
            throw new ConfinementException(className, findings);
        }
    }

    private static String versionProblem(byte[] bytes) {
        if (bytes.length < 10) {
            return "malformed class file: only " + bytes.length + " bytes";
        }
        if ((bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE || (bytes[2] & 0xFF) != 0xBA || (bytes[3] & 0xFF) != 0xBE) {
            return "malformed class file: does not start with 0xCAFEBABE";
        }
        int minor = ((bytes[4] & 0xFF) << 8) | (bytes[5] & 0xFF);
        int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
        if (major > MAX_MAJOR_VERSION) {
            return "class file version " + major + " is newer than Java 21 (" + MAX_MAJOR_VERSION + ")";
        }
        if (major < 45) {
            return "malformed class file: version " + major + " is not a class-file version";
        }
        if (minor == 0xFFFF) {
            return "class file " + major + ".65535 uses preview features, which integrations may not";
        }
        return null;
    }
}
