package dev.pincer.runtime.vet;

import dev.pincer.runtime.load.LoadedIntegration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Puts an integration under the confinement of an allowlist: vetted at class definition, resolving only what it allows. */
public final class Confinement {
    private Confinement() {}

    /**
     * The outcome of vetting an integration.
     *
     * @param report the findings of source and bytecode vetting
     * @param integration the integration, confined, if vetting found nothing
     */
    public record Vetted(VetReport report, Optional<LoadedIntegration> integration) {}

    /**
     * Vets an integration's sources and classes and, when nothing is found, confines it.
     *
     * <p>Source findings come from {@code integrationDir/src}. The bytecode vetter that produced the
     * report is the one the confined class loaders use at definition, and a class file whose exact
     * bytes it passed is not vetted a second time.
     */
    public static Vetted vetAndConfine(Path integrationDir, LoadedIntegration integration, Allowlist allowlist) {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(allowlist, "allowlist");
        Path sources = integrationDir.resolve("src");
        List<Finding> findings = new ArrayList<>(new SourceVetter(allowlist).vet(Files.isDirectory(sources) ? sources : integrationDir));
        VettedClassCache vetted = cache(integration, allowlist);
        new TreeMap<>(integration.compiled().classes()).forEach((name, bytes) -> findings.addAll(vetted.vet(name, bytes)));
        VetReport report = new VetReport(findings, allowlist);
        return new Vetted(report, report.passed() ? Optional.of(confine(integration, allowlist, vetted)) : Optional.empty());
    }

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
        return confine(integration, allowlist, cache(integration, allowlist));
    }

    private static LoadedIntegration confine(LoadedIntegration integration, Allowlist allowlist, VettedClassCache vetted) {
        return integration.withConfinement(new VettingClassAccessPolicy(allowlist), vetted::require);
    }

    private static VettedClassCache cache(LoadedIntegration integration, Allowlist allowlist) {
        return new VettedClassCache(new BytecodeVetter(allowlist, integration.compiled().classes().keySet()));
    }
}
