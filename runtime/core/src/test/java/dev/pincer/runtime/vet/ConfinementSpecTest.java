package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The confinement spec is well-formed, and every rule ID anything refers to is one of its requirement headings. */
class ConfinementSpecTest {
    private static final Pattern HEADING = Pattern.compile("^### (CONF-[A-Z]+-\\d{3}) \\((MUST|SHOULD|MAY)\\) \\S.*$");
    private static final Pattern RULE_ID = Pattern.compile("CONF-[A-Z]+-\\d{3}");

    private static List<String> lines() throws IOException {
        return Files.readAllLines(AllowlistTest.SPEC);
    }

    private static Set<String> headings() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : lines()) {
            Matcher matcher = HEADING.matcher(line);
            if (matcher.matches()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    @Test
    void startsWithTitleAndSpecBlock() throws IOException {
        List<String> lines = lines();
        assertEquals("# Confinement", lines.get(0));
        int block = lines.indexOf("```spec");
        assertTrue(block > 0, "no ```spec block");
        assertEquals(List.of("id: confinement", "version: 1.0", "```"), lines.subList(block + 1, block + 4));
    }

    @Test
    void everyRuleIdInTheFixturesIsARequirementHeading() throws IOException {
        Set<String> referenced = new LinkedHashSet<>();
        boolean inFixture = false;
        for (String line : lines()) {
            if (line.startsWith("```fixture ")) {
                inFixture = true;
            } else if (line.startsWith("```")) {
                inFixture = false;
            } else if (inFixture && !line.isBlank()) {
                Matcher matcher = RULE_ID.matcher(line);
                assertTrue(matcher.find(), "fixture line without rule ID: " + line);
                referenced.add(matcher.group());
            }
        }
        assertTrue(referenced.size() > 15, referenced.toString());
        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(headings());
        assertEquals(Set.of(), missing, "rule IDs in fixtures without a requirement heading");
    }

    @Test
    void everyRuleIdTheVettersReportIsARequirementHeading() throws IOException {
        Set<String> used = new TreeSet<>(Hints.ruleIds());
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/pincer/runtime/vet"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = RULE_ID.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group());
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(headings());
        assertEquals(Set.of(), missing, "rule IDs in the vetters without a requirement heading");
    }

    @Test
    void everyRequirementHasProse() throws IOException {
        List<String> lines = lines();
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = HEADING.matcher(lines.get(i));
            if (matcher.matches()) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next >= lines.size() || lines.get(next).startsWith("#")) {
                    bare.add(matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), bare, "requirements without prose");
    }

    @Test
    void declaresEachLayersRequirements() throws IOException {
        Set<String> ids = headings();
        for (String area : List.of("CLS", "BC", "SRC", "EGR", "SEC", "RES")) {
            assertTrue(ids.stream().anyMatch(id -> id.startsWith("CONF-" + area + "-")), "no CONF-" + area + " requirement in " + ids);
        }
    }
}
