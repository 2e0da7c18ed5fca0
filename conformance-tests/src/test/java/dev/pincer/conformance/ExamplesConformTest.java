package dev.pincer.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.conformance.report.TextReport;
import dev.pincer.conformance.spec.SpecLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example under examples/ is a reference output of a skill and must pass every MUST. */
class ExamplesConformTest {

    @TestFactory
    Stream<DynamicTest> everyExamplePassesEveryMust() throws IOException {
        SpecLibrary specs = SpecLibrary.load(Repository.specs());
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Repository.examples())) {
            examples = files.filter(p -> p.getFileName().toString().equals("pincer.json")).map(Path::getParent).sorted().toList();
        }
        assertFalse(examples.isEmpty(), "no examples found under " + Repository.examples());
        return examples.stream().map(dir -> DynamicTest.dynamicTest(Repository.root().relativize(dir).toString(), () -> {
            ConformanceReport report = Conformance.run(dir, specs, 1);
            assertTrue(report.passed(), () -> TextReport.render(report, Repository.root(), "./pincer conform " + dir));
        }));
    }
}
