package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile case compiles with javac, and the bytecode vetter refuses it naming the rule and the reference. */
class HostileCorpusTest {
    private static final Allowlist ALLOWLIST = Allowlist.builtIn();

    static List<CorpusCase> hostileCases() {
        return CorpusCase.all("hostile");
    }

    @Test
    void corpusHasAtLeastThirtyEscapesEachWithAnExpectation() {
        List<CorpusCase> cases = hostileCases();
        assertTrue(cases.size() >= 30, "only " + cases.size() + " hostile cases");
        List<String> withoutExpectation = cases.stream().filter(c -> c.bytecode().isEmpty()).map(CorpusCase::name).toList();
        assertTrue(withoutExpectation.isEmpty(), "cases without '// expect bytecode:' " + withoutExpectation);
        List<String> undecided = cases.stream().filter(c -> c.source().isEmpty() && !c.sourceBlind()).map(CorpusCase::name).toList();
        assertTrue(undecided.isEmpty(), "cases that say nothing about the source vetter " + undecided);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCases")
    void bytecodeVetterRefusesTheEscapeNamingRuleAndReference(CorpusCase hostile, @TempDir Path output) throws IOException {
        Map<String, byte[]> classes = hostile.compile(output);
        BytecodeVetter vetter = new BytecodeVetter(ALLOWLIST, classes.keySet());
        List<Finding> findings = classes.entrySet().stream()
                .flatMap(entry -> vetter.vet(entry.getKey(), entry.getValue()).stream()).toList();
        for (CorpusCase.Expectation expected : hostile.bytecode()) {
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(expected.ruleId()) && f.reference().equals(expected.reference())),
                    hostile + ": bytecode vetter should report " + expected + ", found:\n" + describe(findings));
        }
        assertTrue(findings.stream().allMatch(f -> f.stage() == Finding.Stage.BYTECODE && !f.hint().isBlank()),
                hostile + ": " + describe(findings));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCases")
    void sourceVetterFlagsWhatItCanSee(CorpusCase hostile) {
        List<Finding> findings = new SourceVetter(ALLOWLIST).vet(hostile.directory().resolve("src"));
        if (hostile.sourceBlind()) {
            assertTrue(findings.isEmpty(), hostile + " is declared invisible to source vetting, yet it found:\n" + describe(findings));
            return;
        }
        for (CorpusCase.Expectation expected : hostile.source()) {
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(expected.ruleId()) && f.reference().equals(expected.reference())),
                    hostile + ": source vetter should report " + expected + ", found:\n" + describe(findings));
        }
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.location().matches("src/.+\\.java:\\d+:\\d+")), describe(findings));
    }

    static String describe(List<Finding> findings) {
        return findings.isEmpty() ? "  (no findings)" : findings.stream()
                .map(f -> "  " + f.ruleId() + " " + f.reference() + " at " + f.location() + ": " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
