package dev.pincer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pincer.conformance.report.TextReport;
import dev.pincer.conformance.spec.SpecLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite must catch real defects: each broken variant is the reference example with one realistic
 * defect patched in, and must fail exactly the requirements its file names.
 */
class BrokenVariantsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path VARIANTS = Path.of("src/test/resources/broken");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> eachBrokenVariantFailsExactlyItsRequirements() throws IOException {
        SpecLibrary specs = SpecLibrary.load(Repository.specs());
        List<Path> variants;
        try (Stream<Path> files = Files.walk(VARIANTS)) {
            variants = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(variants.size() >= 8, "at least 8 broken variants are required, found " + variants.size());
        return variants.stream().map(file -> DynamicTest.dynamicTest(VARIANTS.relativize(file).toString(), () -> {
            JsonNode variant = JSON.readTree(file.toFile());
            Path dir = copyOfExample(variant.path("example").asText(), VARIANTS.relativize(file).toString().replace(".json", ""));
            applyEdits(file, variant, dir);
            ConformanceReport report = Conformance.run(dir, specs, 1);
            Set<String> failed = report.results().stream()
                    .filter(r -> r.status() == Status.FAIL)
                    .map(r -> r.requirement().id())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>();
            variant.path("fails").forEach(id -> expected.add(id.asText()));
            assertEquals(expected, failed, () -> "variant '" + variant.path("defect").asText() + "' should fail exactly "
                    + expected + "; the report was:\n" + TextReport.render(report, dir, "conform"));
        }));
    }

    private Path copyOfExample(String example, String name) throws IOException {
        Path source = Repository.root().resolve(example);
        Path target = work.resolve(name); // platform/variant: names need only be unique per platform
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    private static void applyEdits(Path variantFile, JsonNode variant, Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode edit : variant.path("edits")) {
            index++;
            Path file = dir.resolve(edit.path("file").asText());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String find = edit.path("find").asText();
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                problems.add("edit " + index + " expects the text «" + find + "» exactly once in " + edit.path("file").asText()
                        + " but found it " + (at < 0 ? "nowhere" : "more than once") + "; the example changed, update " + variantFile);
                continue;
            }
            Files.writeString(file, text.substring(0, at) + edit.path("replace").asText() + text.substring(at + find.length()),
                    StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), problems);
    }
}
