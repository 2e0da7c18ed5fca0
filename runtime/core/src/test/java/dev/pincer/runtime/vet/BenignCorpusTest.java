package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Idiomatic integration code, as javac compiles it, passes both vetters with no finding. */
class BenignCorpusTest {

    static List<CorpusCase> benignCases() {
        return CorpusCase.all("benign");
    }

    @Test
    void corpusCoversTheJavacFeaturesIntegrationsUse() {
        assertTrue(benignCases().size() >= 15, "only " + benignCases().size() + " benign cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benignCases")
    void passesBothVettersWithoutFindings(CorpusCase benign, @TempDir Path output) throws IOException {
        Map<String, byte[]> classes = benign.compile(output);
        assertTrue(classes.size() > 0, benign + " compiled to nothing");
        VetReport report = Vetting.vet(benign.directory(), classes);
        assertEquals(List.of(), report.findings(), benign + " should pass vetting, found:\n" + report.toText());
    }
}
