package dev.pincer.runtime.vet;

import dev.pincer.runtime.load.ClassAccessPolicy;
import java.util.Objects;

/**
 * Which classes outside the integration its class loader may resolve (CONF-BC-010).
 *
 * <p>Permits the classes the allowlist allows or restricts (members of restricted classes are policed
 * by the {@link BytecodeVetter}), and the bootstrap owners and types the JVM resolves through the
 * integration's loader when it links {@code invokedynamic}. Thread-safe.
 */
public final class VettingClassAccessPolicy implements ClassAccessPolicy {
    private final Allowlist allowlist;

    /** A policy that follows this allowlist. */
    public VettingClassAccessPolicy(Allowlist allowlist) {
        this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
    }

    /** Whether the integration's loader may resolve this class by binary name. */
    @Override
    public boolean permits(String className) {
        Objects.requireNonNull(className, "className");
        return allowlist.isBootstrapType(className) || allowlist.checkClass(className).allowed();
    }

    /**
     * The requirement that decides, with the reason, for messages: for example
     * {@code CONF-CLS-012: denied by java.net.Socket (specs/confinement.md:412)}.
     */
    @Override
    public String rule(String className) {
        Objects.requireNonNull(className, "className");
        if (allowlist.isBootstrapType(className) && !allowlist.checkClass(className).allowed()) {
            return "CONF-BC-010: " + className + " is a bootstrap owner or type of the bootstraps block";
        }
        Verdict verdict = allowlist.checkClass(className);
        return verdict.ruleId() + ": " + verdict.reason() + " (" + allowlist.source() + ":" + verdict.line() + ")";
    }
}
