package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VetReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static VetReport report;

    @BeforeAll
    static void vetTheGetenvCase(@TempDir Path output) throws IOException {
        CorpusCase getenv = CorpusCase.all("hostile").stream().filter(c -> c.name().equals("system_getenv")).findFirst().orElseThrow();
        report = Vetting.vet(getenv.directory(), getenv.compile(output));
    }

    @Test
    void textNamesLocationRuleMessageAndHint() {
        String text = report.toText();
        assertTrue(text.contains("src/hostile/system_getenv/Escape.java:7:16: CONF-CLS-008 java.lang.System#getenv is not allowed: "
                + "denied by java.lang.System#getenv"), text);
        assertTrue(text.contains("hostile.system_getenv.Escape#run()Ljava/lang/String;: CONF-CLS-008 java.lang.System#getenv"), text);
        assertTrue(text.contains("    hint: use context.secrets() / context.config() instead of System.getenv"), text);
        assertTrue(text.endsWith("pincer-vet: 2 findings (1 source, 1 bytecode)\n"), text);
        assertFalse(report.passed());
    }

    @Test
    void jsonListsEveryFindingField() throws IOException {
        JsonNode json = JSON.readTree(report.toJson());
        assertFalse(json.get("passed").asBoolean());
        JsonNode first = json.get("findings").get(0);
        assertEquals("CONF-CLS-008", first.get("ruleId").asText());
        assertEquals("SOURCE", first.get("stage").asText());
        assertEquals("src/hostile/system_getenv/Escape.java:7:16", first.get("location").asText());
        assertEquals("java.lang.System#getenv", first.get("reference").asText());
        assertEquals("BYTECODE", json.get("findings").get(1).get("stage").asText());
    }

    @Test
    void sarifHasToolRulesAndLocations() throws IOException {
        JsonNode sarif = JSON.readTree(report.toSarif());
        assertEquals(SarifLog.SCHEMA, sarif.get("$schema").asText());
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("pincer-vet", driver.get("name").asText());
        JsonNode rule = driver.get("rules").get(0);
        assertEquals("CONF-CLS-008", rule.get("id").asText());
        assertTrue(rule.get("shortDescription").get("text").asText().startsWith("Environment and system properties are denied"));
        assertEquals("specs/confinement.md#conf-cls-008-must-environment-and-system-properties-are-denied-system-offers-only-arraycopy-"
                + "lineseparator-and-identityhashcode", rule.get("helpUri").asText());

        JsonNode source = run.get("results").get(0);
        assertEquals("CONF-CLS-008", source.get("ruleId").asText());
        assertEquals("error", source.get("level").asText());
        assertTrue(source.get("message").get("text").asText().contains("Hint: use context.secrets()"));
        JsonNode physical = source.get("locations").get(0).get("physicalLocation");
        assertEquals("src/hostile/system_getenv/Escape.java", physical.get("artifactLocation").get("uri").asText());
        assertEquals(7, physical.get("region").get("startLine").asInt());
        assertEquals(16, physical.get("region").get("startColumn").asInt());

        JsonNode logical = run.get("results").get(1).get("locations").get(0).get("logicalLocations").get(0);
        assertEquals("hostile.system_getenv.Escape#run()Ljava/lang/String;", logical.get("fullyQualifiedName").asText());
        assertEquals("member", logical.get("kind").asText());
    }

    @Test
    void cleanReportSaysSoInEveryFormat(@TempDir Path empty) throws IOException {
        VetReport clean = Vetting.vet(empty, Map.of());
        assertTrue(clean.passed());
        assertEquals("pincer-vet: no findings\n", clean.toText());
        assertTrue(JSON.readTree(clean.toJson()).get("passed").asBoolean());
        assertEquals(0, JSON.readTree(clean.toSarif()).get("runs").get(0).get("results").size());
    }
}
