package dev.pincer.runtime.vet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Runs both vetters over one integration: its sources, then its compiled classes. */
public final class Vetting {
    private Vetting() {}

    /**
     * Vets an integration with the runtime's built-in allowlist.
     *
     * @param integrationDir the integration's directory; sources are read from its {@code src} directory if
     *     it has one, otherwise from the directory itself
     * @param compiledClasses class files by binary name ({@code x.Y$Inner}); these are the integration's own classes
     */
    public static VetReport vet(Path integrationDir, Map<String, byte[]> compiledClasses) {
        return vet(integrationDir, compiledClasses, Allowlist.builtIn());
    }

    /** Vets an integration against the given allowlist; see {@link #vet(Path, Map)}. */
    public static VetReport vet(Path integrationDir, Map<String, byte[]> compiledClasses, Allowlist allowlist) {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Objects.requireNonNull(compiledClasses, "compiledClasses");
        Objects.requireNonNull(allowlist, "allowlist");
        Path sources = integrationDir.resolve("src");
        List<Finding> findings = new ArrayList<>(new SourceVetter(allowlist).vet(Files.isDirectory(sources) ? sources : integrationDir));
        BytecodeVetter bytecode = new BytecodeVetter(allowlist, compiledClasses.keySet());
        new TreeMap<>(compiledClasses).forEach((name, bytes) -> findings.addAll(bytecode.vet(name, bytes)));
        return new VetReport(findings, allowlist);
    }
}
