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
        Path example = Repository.examples().resolve("tools/github/pincer.json");
        String manifest = Files.readString(example);
        assertTrue(manifest.contains("\"kind\": \"tool\""), () -> "the example manifest changed; update this test: " + manifest);
        Files.writeString(dir.resolve("pincer.json"), manifest.replace("\"kind\": \"tool\"", "\"kind\": \"model\""));

        ConformanceReport report = Conformance.run(dir, SPECS, 1);

        List<String> failed = report.results().stream().filter(r -> r.status() == Status.FAIL)
                .map(r -> r.requirement().id()).collect(Collectors.toList());
        assertEquals(List.of("MAN-009"), failed);
        assertTrue(report.blockers().get(0).contains("field 'actions': only a tool declares actions"), report.blockers()::toString);
    }

    @org.junit.jupiter.api.Test
    void anAmountOnAnActionThatDoesNotSpendFailsMan009() throws IOException {
        Path example = Repository.examples().resolve("tools/github/pincer.json");
        String manifest = Files.readString(example);
        String write = "\"effect\": \"write\",";
        assertTrue(manifest.contains(write), () -> "the example manifest changed; update this test: " + manifest);
        Files.writeString(dir.resolve("pincer.json"), manifest.replaceFirst(write,
                write + " \"amount\": {\"argument\": \"owner\", \"currency\": \"USD\"},"));

        ConformanceReport report = Conformance.run(dir, SPECS, 1);

        List<String> failed = report.results().stream().filter(r -> r.status() == Status.FAIL)
                .map(r -> r.requirement().id()).collect(Collectors.toList());
        assertEquals(List.of("MAN-009"), failed);
        assertTrue(report.blockers().get(0).contains("field 'actions[2].amount': the action's effect is \"write\", and only"
                + " a spend action declares an amount"), report.blockers()::toString);
    }
}
