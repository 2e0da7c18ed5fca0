package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceVetterTest {
    private final SourceVetter vetter = new SourceVetter(Allowlist.builtIn());

    private static Path source(Path integration, String relative, String... lines) throws IOException {
        Path file = integration.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
        return integration.resolve("src");
    }

    private static Finding only(List<Finding> findings, String reference) {
        List<Finding> matching = findings.stream().filter(f -> f.reference().equals(reference)).toList();
        assertEquals(1, matching.size(), "expected one finding for " + reference + ":\n" + HostileCorpusTest.describe(findings));
        return matching.get(0);
    }

    @Test
    void reportsFileLineColumnRelativeToTheIntegrationWithRuleAndHint(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Tokens.java",
                "package x;",
                "",
                "final class Tokens {",
                "    String token() {",
                "        return System.getenv(\"BOT_TOKEN\");",
                "    }",
                "}");
        Finding finding = only(vetter.vet(src), "java.lang.System#getenv");
        assertEquals("src/x/Tokens.java:5:16", finding.location());
        assertEquals("CONF-CLS-008", finding.ruleId());
        assertEquals(Finding.Stage.SOURCE, finding.stage());
        assertEquals("use context.secrets() / context.config() instead of System.getenv", finding.hint());
        assertTrue(finding.message().startsWith("java.lang.System#getenv is not allowed: denied by java.lang.System#getenv (specs/confinement.md:"),
                finding.message());
    }

    @Test
    void resolvesFullyQualifiedNamesWithoutImports(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Fetch.java",
                "package x;",
                "final class Fetch {",
                "    Object client() {",
                "        return java.net.http.HttpClient.newHttpClient();",
                "    }",
                "}");
        Finding finding = only(vetter.vet(src), "java.net.http.HttpClient#newHttpClient");
        assertEquals("CONF-CLS-012", finding.ruleId());
        assertEquals("use context.http() instead of java.net.http.HttpClient", finding.hint());
    }

    @Test
    void reportsWildcardImportsOfDeniedPackagesAndTheNamesTheyBringIn(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Disk.java",
                "package x;",
                "import java.nio.file.*;",
                "final class Disk {",
                "    String read() throws Exception {",
                "        return Files.readString(Path.of(\"/etc/passwd\"));",
                "    }",
                "}");
        List<Finding> findings = vetter.vet(src);
        assertEquals("src/x/Disk.java:2:1", only(findings, "java.nio.file.*").location());
        assertEquals("CONF-CLS-011", only(findings, "java.nio.file.Files#readString").ruleId());
        assertEquals("integrations have no file system; keep durable data in context.state()", only(findings, "java.nio.file.Path#of").hint());
    }

    @Test
    void ownTypesShadowJdkNames(@TempDir Path integration) throws IOException {
        source(integration, "x/Process.java",
                "package x;",
                "final class Process {",
                "    static String start() {",
                "        return \"own\";",
                "    }",
                "}");
        Path src = source(integration, "x/Uses.java",
                "package x;",
                "final class Uses {",
                "    String run() {",
                "        return Process.start() + x.Process.start();",
                "    }",
                "}");
        assertEquals(List.of(), vetter.vet(src));
    }

    @Test
    void recognisesThreadSleepAndTimeUnitSleepWithClockHints(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Waits.java",
                "package x;",
                "import java.util.concurrent.TimeUnit;",
                "final class Waits {",
                "    void pause() throws InterruptedException {",
                "        Thread.sleep(10);",
                "        TimeUnit.SECONDS.sleep(1);",
                "    }",
                "}");
        List<Finding> findings = vetter.vet(src);
        assertEquals("use context.clock().sleep(...) instead of Thread.sleep", only(findings, "java.lang.Thread#sleep").hint());
        assertEquals("use context.clock().sleep(...) instead of TimeUnit.sleep", only(findings, "java.util.concurrent.TimeUnit#sleep").hint());
    }

    @Test
    void reportsSourcesThatDoNotParse(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Broken.java",
                "package x;",
                "final class Broken {",
                "    void run( {",
                "}");
        List<Finding> findings = vetter.vet(src);
        assertTrue(findings.size() >= 1, HostileCorpusTest.describe(findings));
        Finding finding = findings.get(0);
        assertEquals("CONF-SRC-002", finding.ruleId());
        assertTrue(finding.location().matches("src/x/Broken\\.java:\\d+:\\d+"), finding.location());
        assertTrue(finding.message().startsWith("src/x/Broken.java does not parse as Java 21: "), finding.message());
    }

    @Test
    void acceptsJava21Syntax(@TempDir Path integration) throws IOException {
        Path src = source(integration, "x/Shapes.java",
                "package x;",
                "sealed interface Shapes permits Shapes.Circle, Shapes.Square {",
                "    record Circle(double r) implements Shapes {}",
                "    record Square(double side) implements Shapes {}",
                "    static double area(Shapes shape) {",
                "        return switch (shape) {",
                "            case Circle(double r) when r > 0 -> Math.PI * r * r;",
                "            case Circle c -> 0;",
                "            case Square(var side) -> side * side;",
                "        };",
                "    }",
                "}");
        assertEquals(List.of(), vetter.vet(src));
    }
}
