package dev.pincer.conformance;

import dev.pincer.conformance.check.CheckOutcome;
import dev.pincer.conformance.check.Suite;
import dev.pincer.conformance.check.Suites;
import dev.pincer.conformance.check.Verdict;
import dev.pincer.conformance.spec.Requirement;
import dev.pincer.conformance.spec.Spec;
import dev.pincer.conformance.spec.SpecException;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.CompilationException;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.manifest.ManifestException;
import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.Confinement;
import dev.pincer.runtime.vet.VetReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges one integration directory against the spec its manifest claims.
 *
 * <p>Reads {@code pincer.json}, compiles {@code src/} against the SPI, vets sources and bytecode
 * against the confinement allowlist, then runs every check of the claimed spec's suite, each on a
 * fresh, confined instance against a fake platform on loopback. Problems that
 * stop the run early (no manifest, compile errors, an unknown spec) become blockers of the report;
 * nothing is thrown for a bad integration.
 */
public final class Conformance {
    private Conformance() {}

    /**
     * Runs the suite and returns the report.
     *
     * @param integrationDir a directory with {@code pincer.json} and {@code src/}
     * @param specs the spec library to judge against
     * @param seed the seed for the integration's randomness; the same seed gives the same run
     */
    public static ConformanceReport run(Path integrationDir, SpecLibrary specs, long seed) {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Objects.requireNonNull(specs, "specs");
        Path dir = integrationDir.toAbsolutePath().normalize();
        Map<String, String> hashes = new LinkedHashMap<>(Hashes.ofSources(dir));
        String fallbackName = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            return blocked(dir, fallbackName, "", "", List.of(dir + " is not a directory; give the directory that holds pincer.json and src/"),
                    List.of(), hashes);
        }
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            return blocked(dir, fallbackName, "", "", List.of("no " + Manifest.FILE_NAME + " in " + dir
                    + "; an integration directory holds pincer.json (see specs/manifest.md) and its sources under src/"), List.of(), hashes);
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(manifestFile);
        } catch (ManifestException e) {
            return blocked(dir, fallbackName, "", "", List.of(e.getMessage()), ManifestResults.failed(specs, e), hashes);
        }
        List<Spec> chain;
        try {
            chain = specs.chain(manifest.spec());
        } catch (SpecException e) {
            return blocked(dir, manifest.name(), manifest.spec(), "", List.of("pincer.json claims spec '" + manifest.spec()
                    + "', which the spec library does not have: " + e.getMessage()), ManifestResults.passed(specs), hashes);
        }
        chain.forEach(spec -> hashes.put(spec.file().toString(), Hashes.ofFile(spec.file())));
        String specVersion = chain.get(chain.size() - 1).version();
        long compileStart = System.nanoTime();
        LoadedIntegration integration;
        try {
            integration = LoadedIntegration.load(dir);
        } catch (CompilationException e) {
            return new ConformanceReport(dir, manifest.name(), manifest.spec(), specVersion,
                    List.of("the sources do not compile against the Pincer SPI:\n" + e.getMessage()),
                    results(chain, List.of(), ManifestResults.passed(specs)), hashes, since(compileStart), Duration.ZERO, Map.of());
        } catch (RuntimeException e) {
            return new ConformanceReport(dir, manifest.name(), manifest.spec(), specVersion, List.of(e.getMessage()),
                    results(chain, List.of(), ManifestResults.passed(specs)), hashes, since(compileStart), Duration.ZERO, Map.of());
        }
        Confinement.Vetted vetted = Confinement.vetAndConfine(dir, integration, allowlist(specs));
        VetReport vetting = vetted.report();
        List<RequirementResult> before = new ArrayList<>(ManifestResults.passed(specs));
        before.addAll(ConfinementResults.of(specs, vetting));
        Duration compileTime = since(compileStart);
        if (!vetting.passed()) {
            return new ConformanceReport(dir, manifest.name(), manifest.spec(), specVersion,
                    List.of("vetting found " + vetting.findings().size() + " uses of what confinement denies; the integration was not loaded."
                            + " Each is listed under its CONF requirement below, with a fix; `pincer vet " + dir.getFileName()
                            + "` shows them with file and line"),
                    results(chain, List.of(), before), hashes, compileTime, Duration.ZERO, Map.of());
        }
        integration = vetted.integration().orElseThrow();
        Suite suite = Suites.forSpec(manifest.spec()).orElse(null);
        if (suite == null) {
            return new ConformanceReport(dir, manifest.name(), manifest.spec(), specVersion,
                    List.of("there is no conformance suite for spec '" + manifest.spec() + "' yet; suites exist for "
                            + Suites.all().stream().map(Suite::specId).toList()),
                    results(chain, List.of(), before), hashes, compileTime, Duration.ZERO, Map.of());
        }
        long checkStart = System.nanoTime();
        List<CheckOutcome> outcomes = suite.run(integration, specs, seed);
        Map<String, Duration> checkTimes = new LinkedHashMap<>();
        outcomes.forEach(o -> checkTimes.put(o.check(), o.elapsed()));
        return new ConformanceReport(dir, manifest.name(), manifest.spec(), specVersion, List.of(),
                results(chain, outcomes, before), hashes, compileTime, since(checkStart), checkTimes);
    }

    /** The allowlist of the spec library being judged against, so the report and the vetting agree. */
    private static Allowlist allowlist(SpecLibrary specs) {
        Path spec = specs.root().resolve(ConfinementResults.SPEC_ID + ".md");
        return Files.isRegularFile(spec) ? Allowlist.fromSpec(spec) : Allowlist.builtIn();
    }

    private static ConformanceReport blocked(Path dir, String name, String spec, String version, List<String> blockers,
            List<RequirementResult> results, Map<String, String> hashes) {
        return new ConformanceReport(dir, name, spec, version, blockers, results, hashes, Duration.ZERO, Duration.ZERO, Map.of());
    }

    /** One result per requirement of the chain, judged by the outcomes, then the manifest's results. */
    static List<RequirementResult> results(List<Spec> chain, List<CheckOutcome> outcomes, List<RequirementResult> manifestResults) {
        List<RequirementResult> results = new ArrayList<>(manifestResults);
        for (Spec spec : chain) {
            for (Requirement requirement : spec.requirements()) {
                List<String> checks = new ArrayList<>();
                List<Failure> failures = new ArrayList<>();
                for (CheckOutcome outcome : outcomes) {
                    for (Verdict verdict : outcome.verdicts()) {
                        if (verdict.requirementId().equals(requirement.id())) {
                            if (!checks.contains(outcome.check())) {
                                checks.add(outcome.check());
                            }
                            if (!verdict.passed()) {
                                failures.add(new Failure(outcome.check(), verdict.expected(), verdict.observed()));
                            }
                        }
                    }
                }
                Status status = checks.isEmpty() ? Status.NOT_TESTED : failures.isEmpty() ? Status.PASS : Status.FAIL;
                results.add(new RequirementResult(requirement, status, checks, failures));
            }
        }
        return results;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
