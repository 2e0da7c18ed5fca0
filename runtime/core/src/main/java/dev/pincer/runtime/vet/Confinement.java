package dev.pincer.runtime.vet;

import dev.pincer.runtime.load.LoadedIntegration;
import java.util.Objects;

/** Puts an integration under the confinement of an allowlist: vetted at class definition, resolving only what it allows. */
public final class Confinement {
    private Confinement() {}

    /**
     * The same integration, whose class loaders refuse to define a class the bytecode vetter rejects
     * and to resolve a class the allowlist does not permit (CONF-BC-002, CONF-BC-010).
     *
     * <p>Every instance gets a fresh class loader; a class file that passed vetting once is not vetted
     * again when another loader defines the same bytes.
     */
    public static LoadedIntegration confine(LoadedIntegration integration, Allowlist allowlist) {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(allowlist, "allowlist");
        VettedClassCache vetted = new VettedClassCache(new BytecodeVetter(allowlist, integration.compiled().classes().keySet()));
        return integration.withConfinement(new VettingClassAccessPolicy(allowlist), vetted::require);
    }
}
