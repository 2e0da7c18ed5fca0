package dev.pincer.conformance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.conformance.spec.Fixture;
import dev.pincer.conformance.spec.Level;
import dev.pincer.conformance.spec.Requirement;
import dev.pincer.conformance.spec.Spec;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.policy.BudgetLedger;
import dev.pincer.runtime.policy.Charge;
import dev.pincer.runtime.policy.Outcome;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyDecision;
import dev.pincer.runtime.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every decision table and error case of {@code specs/policy.md} against {@link Policy}, and checks that every
 * POL MUST has a fixture or a named unit test.
 */
class PolicyDecisionTablesTest {
    private static final Path ROOT = root();
    private static final Spec SPEC = SpecLibrary.load(ROOT.resolve("specs")).spec("policy");
    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    /** MUSTs proven by unit tests rather than fixtures: requirement → test class (under runtime) and method. */
    private static final Map<String, List<String>> NAMED_TESTS = Map.of(
            "POL-FILE-002", List.of("core/src/test/java/dev/pincer/runtime/policy/PolicyReaderTest#aMissingFileIsNamed",
                    "cli/src/test/java/dev/pincer/cli/PolicyCommandTest#checkWithoutAFileDescribesTheBuiltInPolicy"),
            "POL-TAINT-002", List.of("core/src/test/java/dev/pincer/runtime/policy/PolicyReaderTest#trustNamesToolActions"),
            "POL-APR-001", List.of("core/src/test/java/dev/pincer/runtime/policy/PolicyReaderTest#readsEveryPartOfAFullPolicy",
                    "core/src/test/java/dev/pincer/runtime/policy/PolicyReaderTest#anEmptyFileIsTheDefaultsWithNoRules"));

    @TestFactory
    Stream<DynamicTest> everyDecisionTableRowHolds() {
        return tables(DecisionTable.TABLE).map(table -> DynamicTest.dynamicTest(table.fixture().name(), () -> run(table)));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidPolicyIsRefusedWithItsMessage() {
        return tables(DecisionTable.ERROR).map(table -> DynamicTest.dynamicTest(table.fixture().name(), () -> {
            String requirement = table.fixture().requirementId().orElse("?");
            try {
                Policy.parse(table.policy(), "policy.yaml");
                fail(requirement + " " + table.fixture().location() + ": expected the policy to be refused with\n  "
                        + table.expectedError() + "\nobserved: it was accepted");
            } catch (PolicyException e) {
                assertEquals(table.expectedError(), e.getMessage(), requirement + " " + table.fixture().location());
            }
        }));
    }

    @Test
    void theBuiltInFixtureIsTheBuiltInPolicy() {
        assertEquals(Policy.builtInText(), fixture("pol-built-in").content());
    }

    @Test
    void everyMustHasAFixtureOrANamedTest() throws IOException {
        List<String> uncovered = new ArrayList<>();
        for (Requirement requirement : SPEC.requirements()) {
            boolean fixture = SPEC.fixtures().stream().anyMatch(f -> f.requirementId().equals(java.util.Optional.of(
                    requirement.id())) && (f.language().equals(DecisionTable.TABLE) || f.language().equals(DecisionTable.ERROR)));
            List<String> named = NAMED_TESTS.getOrDefault(requirement.id(), List.of());
            for (String test : named) {
                String[] parts = test.split("#");
                Path source = ROOT.resolve("runtime").resolve(parts[0] + ".java");
                assertTrue(Files.isRegularFile(source) && Files.readString(source).contains("void " + parts[1] + "()"),
                        requirement.id() + " names the test " + test + ", which does not exist");
            }
            if (requirement.level() == Level.MUST && !fixture && named.isEmpty()) {
                uncovered.add(requirement.id() + " (" + requirement.location() + ")");
            }
        }
        assertEquals(List.of(), uncovered, "MUSTs of specs/policy.md without a decision table, error case or named test");
        assertFalse(SPEC.fixtures().isEmpty());
    }

    private static void run(DecisionTable table) {
        Policy policy = table.builtIn() ? Policy.builtIn() : Policy.parse(table.policy(), "policy.yaml");
        BudgetLedger ledger = BudgetLedger.inMemory();
        String requirement = table.fixture().requirementId().orElse("?");
        List<String> failures = new ArrayList<>();
        for (DecisionRow row : table.rows()) {
            DecisionRow.Timed timed = row.request(policy);
            Instant now = START.plus(timed.at());
            PolicyDecision decision = policy.decide(timed.request(), ledger, now);
            boolean held = decision.outcome() == row.outcome() && row.rule().map(decision.rule()::equals).orElse(true)
                    && row.reason().map(decision.reason()::equals).orElse(true);
            if (!held) {
                failures.add(requirement + " " + table.fixture().file().getFileName() + ":" + row.line() + " row '"
                        + row.text() + "'\n  expected " + row.outcome() + row.rule().map(r -> " " + r).orElse("")
                        + row.reason().map(r -> "\n    because " + r).orElse("")
                        + "\n  observed " + decision.outcome() + " " + decision.rule() + "\n    because " + decision.reason());
            }
            if (decision.outcome() == Outcome.ALLOW) {
                for (Charge charge : decision.charges()) {
                    ledger.charge(charge.budget(), charge.amount(), now);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + table.rows().size() + " rows of " + table.fixture().name() + " did not hold:\n"
                    + String.join("\n", failures));
        }
    }

    private static Stream<DecisionTable> tables(String language) {
        List<DecisionTable> tables = SPEC.fixtures().stream().filter(f -> f.language().equals(language))
                .map(DecisionTable::of).toList();
        assertFalse(tables.isEmpty(), "specs/policy.md has no " + language + " fixtures");
        return tables.stream();
    }

    private static Fixture fixture(String name) {
        return SPEC.fixtures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("specs/policy.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find specs/policy.md above " + Path.of("").toAbsolutePath());
    }
}
