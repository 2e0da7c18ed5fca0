package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowlistTest {
    static final Path SPEC = Path.of("../../specs/confinement.md");
    private static final Allowlist ALLOWLIST = Allowlist.fromSpec(SPEC);

    private static String specLine(int line) throws IOException {
        return Files.readAllLines(SPEC).get(line - 1);
    }

    @Test
    void builtInCopyIsTheSpecInTheRepository() throws IOException {
        try (InputStream packaged = Allowlist.class.getResourceAsStream(Allowlist.RESOURCE)) {
            assertEquals(Files.readString(SPEC), new String(packaged.readAllBytes(), StandardCharsets.UTF_8),
                    "the packaged confinement.md is stale; rebuild runtime/core");
        }
        assertEquals(ALLOWLIST.checkClass("java.net.Socket"), Allowlist.builtIn().checkClass("java.net.Socket"));
    }

    @Test
    void packageWildcardCoversOnePackageAndItsNestedClasses() {
        assertTrue(ALLOWLIST.checkClass("java.util.ArrayList").allowed());
        assertTrue(ALLOWLIST.checkClass("java.util.Map$Entry").allowed());
        Verdict executors = ALLOWLIST.checkClass("java.util.concurrent.Executors");
        assertEquals("CONF-CLS-009", executors.ruleId());
        assertFalse(executors.allowed());
        assertEquals("CONF-CLS-001", ALLOWLIST.checkClass("java.util.concurrent.Phaser").ruleId());
    }

    @Test
    void subpackageWildcardCoversEveryLevel() {
        Verdict formatter = ALLOWLIST.checkClass("java.time.format.DateTimeFormatter");
        assertTrue(formatter.allowed());
        assertEquals("allowed by java.time.**", formatter.reason());
    }

    @Test
    void denyLinesOverrideAllowLinesAndNameTheirSpecLine() throws IOException {
        Verdict serviceLoader = ALLOWLIST.checkClass("java.util.ServiceLoader");
        assertInstanceOf(Verdict.Denied.class, serviceLoader);
        assertEquals("CONF-CLS-015", serviceLoader.ruleId());
        assertEquals("java.util.ServiceLoader  # CONF-CLS-015", specLine(serviceLoader.line()));
    }

    @Test
    void restrictedClassAllowsOnlyItsListedMembers() {
        Verdict system = ALLOWLIST.checkClass("java.lang.System");
        assertTrue(system.allowed());
        assertTrue(((Verdict.Allowed) system).restricted());
        assertTrue(ALLOWLIST.checkMember("java.lang.System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V").allowed());
        Verdict getenv = ALLOWLIST.checkMember("java.lang.System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;");
        assertEquals("CONF-CLS-008", getenv.ruleId());
        assertEquals("denied by java.lang.System#getenv", getenv.reason());
        Verdict unlisted = ALLOWLIST.checkMember("java.lang.System", "registerNatives", "()V");
        assertFalse(unlisted.allowed());
        assertEquals("java.lang.System is restricted to members [arraycopy, identityHashCode, lineSeparator]", unlisted.reason());
    }

    @Test
    void memberOfADeniedClassIsDeniedByTheClassLine() {
        Verdict exec = ALLOWLIST.checkMember("java.lang.Runtime", "exec", "([Ljava/lang/String;)Ljava/lang/Process;");
        assertEquals("CONF-CLS-007", exec.ruleId());
        assertEquals("denied by java.lang.Runtime", exec.reason());
    }

    @Test
    void anythingElseIsDeniedByDefaultPointingAtTheRequirement() throws IOException {
        Verdict unknown = ALLOWLIST.checkClass("com.example.Unknown");
        assertEquals("CONF-CLS-001", unknown.ruleId());
        assertEquals("not on the allowlist", unknown.reason());
        assertTrue(specLine(unknown.line()).startsWith("### CONF-CLS-001 (MUST)"), specLine(unknown.line()));
        assertEquals("CONF-CLS-001", ALLOWLIST.checkClass("java.lang.ProcessBuilder$Redirect").ruleId(),
                "a class line does not cover nested classes");
    }

    @Test
    void acceptsInternalNamesAndArrayDescriptors() {
        assertTrue(ALLOWLIST.checkClass("java/lang/String").allowed());
        assertEquals("CONF-CLS-012", ALLOWLIST.checkClass("[[Ljava/net/Socket;").ruleId());
    }

    @Test
    void reportsABadFixtureLineWithFileAndLine(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "java.util.*  # CONF-CLS-001\njava.util.**.Bad  # CONF-CLS-001");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Allowlist.fromSpec(spec));
        assertEquals(spec + ":9: pattern 'java.util.**.Bad' is not valid; write a.b.*, a.b.**, a.b.Class or a.b.Class#member",
                error.getMessage());
    }

    @Test
    void reportsALineWithoutRuleId(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "java.util.*");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Allowlist.fromSpec(spec));
        assertTrue(error.getMessage().startsWith(spec + ":8: fixture line must be '<pattern>  # CONF-XXX-NNN'"), error.getMessage());
    }

    @Test
    void reportsARuleIdWithoutRequirementHeading(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "java.util.*  # CONF-CLS-999");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Allowlist.fromSpec(spec));
        assertEquals(spec + ":8: CONF-CLS-999 is not a requirement heading of this spec; known IDs: [CONF-CLS-001]", error.getMessage());
    }

    @Test
    void reportsAMissingFixtureBlock(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("confinement.md");
        Files.writeString(spec, "# Confinement\n\n### CONF-CLS-001 (MUST) Default\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Allowlist.fromSpec(spec));
        assertTrue(error.getMessage().contains("no ```fixture confinement-allow``` block"), error.getMessage());
    }

    private static Path write(Path dir, String allowLines) throws IOException {
        Path spec = dir.resolve("confinement.md");
        Files.write(spec, List.of("# Confinement", "", "### CONF-CLS-001 (MUST) Default", "", "Prose.", "",
                "```fixture confinement-allow", allowLines, "```", "", "```fixture confinement-deny", "```", "",
                "```fixture confinement-bootstraps", "```"));
        return spec;
    }
}
