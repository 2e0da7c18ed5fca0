package dev.pincer.conformance.guard;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.GuardHarness;
import dev.pincer.conformance.check.HarnessedSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The conformance checks of a guard profile ({@code specs/guards/*.md}) and {@code specs/guard.md}: the manifest,
 * the configuration, the profile's decision tables (each under its requirement), odd actions, and the invariants.
 */
public final class GuardSuite extends HarnessedSuite<GuardHarness> {
    private final String configRequirement;
    private final List<String> tableRequirements;

    /**
     * A suite of the profile {@code specId}.
     *
     * @param configRequirement the requirement whose {@code invalidConfigs} fixture lists invalid configurations
     * @param tableRequirements the requirements whose decision tables the suite runs
     */
    public GuardSuite(String specId, String configRequirement, List<String> tableRequirements) {
        super(specId, GuardHarness::new, Map.of());
        this.configRequirement = Objects.requireNonNull(configRequirement, "configRequirement");
        this.tableRequirements = List.copyOf(tableRequirements);
    }

    /** The suites of the repository's three guard profiles. */
    public static List<GuardSuite> profiles() {
        return List.of(
                new GuardSuite("guards/spend-limit", "SPEND-CFG-001", List.of("SPEND-001", "SPEND-002", "SPEND-003", "SPEND-004")),
                new GuardSuite("guards/rate-limit", "RATE-CFG-001", List.of("RATE-001", "RATE-002", "RATE-003", "RATE-004")),
                new GuardSuite("guards/secret-content", "SECRET-CFG-001", List.of("SECRET-001", "SECRET-002", "SECRET-003",
                        "SECRET-004", "SECRET-005", "SECRET-006", "SECRET-007")));
    }

    /** The requirements whose decision tables this suite runs. */
    public List<String> tableRequirements() {
        return tableRequirements;
    }

    @Override
    protected List<Check<GuardHarness>> checks(String specVersion) {
        List<Check<GuardHarness>> checks = new ArrayList<>();
        checks.add(GuardChecks.claimsTheProfile(specId(), specVersion));
        checks.add(GuardChecks.validatesItsConfiguration(specId(), configRequirement));
        tableRequirements.forEach(id -> checks.add(TableChecks.tablesOf(specId(), id)));
        checks.add(GuardChecks.judgesOddActions());
        return checks;
    }

    @Override
    protected List<Check<GuardHarness>> invariants() {
        return GuardInvariants.all();
    }
}
