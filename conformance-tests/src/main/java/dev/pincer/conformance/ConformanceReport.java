package dev.pincer.conformance;

import dev.pincer.conformance.spec.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@code pincer conform} on one integration.
 *
 * @param integrationDir the directory judged
 * @param integrationName the manifest's name, or the directory name when the manifest is unreadable
 * @param specId the spec the manifest claims, or empty when unknown
 * @param specVersion the version of that spec the suite judged against
 * @param blockers problems that stopped the suite before checks could run (manifest, compiler,
 *     vetting); each says how to fix it
 * @param results one result per requirement of the claimed spec and the specs it extends
 * @param hashes SHA-256 of each judged source and spec file, keyed by path, so a report can be tied
 *     to the exact inputs
 * @param compileTime how long compiling took
 * @param checkTime how long the checks took
 * @param checkTimes how long each check took, by check name, in the order they ran
 */
public record ConformanceReport(
        Path integrationDir,
        String integrationName,
        String specId,
        String specVersion,
        List<String> blockers,
        List<RequirementResult> results,
        Map<String, String> hashes,
        Duration compileTime,
        Duration checkTime,
        Map<String, Duration> checkTimes) {

    public ConformanceReport {
        Objects.requireNonNull(integrationDir, "integrationDir");
        Objects.requireNonNull(integrationName, "integrationName");
        Objects.requireNonNull(specId, "specId");
        Objects.requireNonNull(specVersion, "specVersion");
        blockers = List.copyOf(blockers);
        results = List.copyOf(results);
        hashes = Map.copyOf(hashes);
        Objects.requireNonNull(compileTime, "compileTime");
        Objects.requireNonNull(checkTime, "checkTime");
        checkTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checkTimes));
    }

    /** True when nothing blocked the run and every MUST passed. */
    public boolean passed() {
        return blockers.isEmpty() && results.stream()
                .filter(r -> r.requirement().level() == Level.MUST)
                .allMatch(r -> r.status() == Status.PASS);
    }

    /** How many requirements of {@code level} have {@code status}. */
    public long count(Level level, Status status) {
        return results.stream()
                .filter(r -> r.requirement().level() == level && r.status() == status)
                .count();
    }

    /** How many requirements have {@code level}. */
    public long count(Level level) {
        return results.stream().filter(r -> r.requirement().level() == level).count();
    }
}
