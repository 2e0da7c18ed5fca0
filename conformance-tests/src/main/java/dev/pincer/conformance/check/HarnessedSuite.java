package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suite whose checks each run on a fresh harness of type {@code H}, with the same invariants
 * verified after every check and a real-time limit per check.
 */
public abstract class HarnessedSuite<H extends AutoCloseable> implements Suite {
    /** The real time one check may take before it is called stuck. */
    protected static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    /** Makes the harness for one check. */
    @FunctionalInterface
    protected interface HarnessFactory<H> {
        H create(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception;
    }

    private final String specId;
    private final HarnessFactory<H> harnesses;
    private final List<Map.Entry<String, String>> secrets;

    /**
     * A suite of {@code specId} whose harnesses {@code harnesses} makes, with the test secrets they hold.
     *
     * @param secrets each test secret's value by its name; texts taken from the integration show a value as
     *     {@code [secret:NAME]}, and a placeholder as {@code [secret:NAME]} when there is one secret (it can stand
     *     for no other), or as {@code [secret]} when there are several
     */
    protected HarnessedSuite(String specId, HarnessFactory<H> harnesses, Map<String, String> secrets) {
        this.specId = Objects.requireNonNull(specId, "specId");
        this.harnesses = Objects.requireNonNull(harnesses, "harnesses");
        this.secrets = secrets.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue().length()).reversed()).toList();
    }

    /** The checks, for a spec of this version (a check of the manifest compares it). */
    protected abstract List<Check<H>> checks(String specVersion);

    /** The checks run after every check, on the same harness. */
    protected abstract List<Check<H>> invariants();

    @Override
    public final String specId() {
        return specId;
    }

    @Override
    public final List<Check<?>> checks() {
        List<Check<?>> all = new ArrayList<>(checks("0.0"));
        all.addAll(invariants());
        return all;
    }

    @Override
    public final List<CheckOutcome> run(LoadedIntegration integration, SpecLibrary specs, long seed) {
        CheckRunner<H> runner = new CheckRunner<>(s -> harnesses.create(integration, specs, s), invariants(), TIME_LIMIT,
                this::redact);
        List<Check<H>> checks = checks(specs.spec(specId()).version());
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(runner.run(checks.get(i), seed + i));
        }
        return outcomes;
    }

    /** Removes the suite's test secrets and their placeholders from text taken from the integration. */
    private String redact(String text) {
        String redacted = text;
        for (Map.Entry<String, String> secret : secrets) {
            redacted = redacted.replace(secret.getValue(), "[secret:" + secret.getKey() + "]");
        }
        String placeholder = secrets.size() == 1 ? "[secret:" + secrets.getFirst().getKey() + "]" : "[secret]";
        return PLACEHOLDER.matcher(redacted).replaceAll(Matcher.quoteReplacement(placeholder));
    }
}
