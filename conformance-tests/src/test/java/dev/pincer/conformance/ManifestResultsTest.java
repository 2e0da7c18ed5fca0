package dev.pincer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.spec.SpecLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A bad pincer.json blocks the run and fails the manifest requirement about the field it got wrong. */
class ManifestResultsTest {
    private static final SpecLibrary SPECS = SpecLibrary.load(Repository.specs());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} fails {1}")
    @CsvSource(delimiter = '|', value = {
        "\"egress\": [\"api.telegram.org\"]  | \"egress\": [\"https://api.telegram.org/\"] | MAN-006",
        "\"kind\": \"channel\"                | \"kind\": \"chanel\"                       | MAN-002",
        "\"specVersion\": \"1.0\"             | \"specVersion\": \"one\"                   | MAN-004",
        "\"name\": \"telegram\"               | \"name\": \"Telegram Bot\"                 | MAN-003",
        "\"config\": {}                       | \"config\": {}, \"secret\": {}             | MAN-001",
    })
    void failsTheRequirementAboutTheBrokenField(String find, String replace, String expected) throws IOException {
        Path example = Repository.examples().resolve("channels/telegram/pincer.json");
        String manifest = Files.readString(example);
        assertTrue(manifest.contains(find.trim()), () -> "the example manifest changed; update this test: " + manifest);
        Files.writeString(dir.resolve("pincer.json"), manifest.replace(find.trim(), replace.trim()));

        ConformanceReport report = Conformance.run(dir, SPECS, 1);

        assertFalse(report.passed());
        assertEquals(1, report.blockers().size(), report.blockers()::toString);
        List<String> failed = report.results().stream().filter(r -> r.status() == Status.FAIL)
                .map(r -> r.requirement().id()).collect(Collectors.toList());
        assertEquals(List.of(expected.trim()), failed);
        assertTrue(report.blockers().get(0).contains("pincer.json:"), report.blockers()::toString);
    }

    @org.junit.jupiter.api.Test
    void actionsOnAManifestThatIsNotAToolFailMan009() throws IOException {
        assertEditFails("tools/github", "\"kind\": \"tool\"", "\"kind\": \"model\"", "MAN-009",
                "field 'actions': only a tool declares actions");
    }

    @org.junit.jupiter.api.Test
    void anAmountOnAnActionThatDoesNotSpendFailsMan009() throws IOException {
        String write = "\"effect\": \"write\",";
        assertEditFails("tools/github", write, write + " \"amount\": {\"argument\": \"owner\", \"currency\": \"USD\"},",
                "MAN-009", "field 'actions[2].amount': the action's effect is \"write\", and only a spend action declares an amount");
    }

    @org.junit.jupiter.api.Test
    void aGuardThatListsAHostFailsMan010NotMan006() throws IOException {
        assertEditFails("guards/spend-limit", "\"config\":", "\"egress\": [\"api.example.com\"],\n  \"config\":", "MAN-010",
                "field 'egress': a guard reaches no host");
    }

    /**
     * Judges the manifest of {@code example} with the first {@code find} replaced by {@code replace}: exactly
     * {@code requirement} fails, and the blocker contains {@code blocker}.
     */
    private void assertEditFails(String example, String find, String replace, String requirement, String blocker)
            throws IOException {
        String manifest = Files.readString(Repository.examples().resolve(example).resolve("pincer.json"));
        assertTrue(manifest.contains(find), () -> "the example manifest changed; update this test: " + manifest);
        Files.writeString(dir.resolve("pincer.json"), manifest.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));

        ConformanceReport report = Conformance.run(dir, SPECS, 1);

        List<String> failed = report.results().stream().filter(r -> r.status() == Status.FAIL)
                .map(r -> r.requirement().id()).collect(Collectors.toList());
        assertEquals(List.of(requirement), failed);
        assertTrue(report.blockers().get(0).contains(blocker), report.blockers()::toString);
    }
}
