package dev.pincer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final String EXAMPLE = ROOT.resolve("examples/channels/telegram").toString();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void pointAtTheCheckout() {
        System.setProperty("pincer.home", ROOT.toString());
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void conformPassesTheReferenceExampleAndSaysSo() {
        int exit = run("conform", EXAMPLE);
        assertEquals(0, exit, () -> out + "\n" + err);
        assertTrue(out.toString().contains("RESULT: PASS"), out::toString);
        assertTrue(out.toString().contains("PASS       TG-SEND-002 (MUST)"), out::toString);
    }

    @Test
    void conformPrintsJsonThatToolsCanRead() throws Exception {
        int exit = run("conform", "--format", "json", EXAMPLE);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals(0, exit);
        assertTrue(report.path("passed").asBoolean(), out::toString);
        assertEquals("channels/telegram", report.path("spec").asText());
        assertTrue(report.path("requirements").size() >= 25);
    }

    @Test
    void conformOnADirectoryWithoutManifestIsBlockedWithAFix(@TempDir Path empty) {
        int exit = run("conform", empty.toString());
        assertEquals(1, exit);
        assertTrue(out.toString().contains("BLOCKED no pincer.json in"), out::toString);
        assertTrue(out.toString().contains("RESULT: FAIL (blocked"), out::toString);
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() {
        int exit = run("conform", "--format", "xml", EXAMPLE);
        assertEquals(2, exit);
        assertTrue(err.toString().contains("text, json"), err::toString);
    }

    @Test
    void missingSpecsDirectoryIsReportedInOneLine(@TempDir Path nowhere) {
        int exit = run("conform", "--specs", nowhere.resolve("absent").toString(), EXAMPLE);
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("pincer: --specs "), err::toString);
    }
}
