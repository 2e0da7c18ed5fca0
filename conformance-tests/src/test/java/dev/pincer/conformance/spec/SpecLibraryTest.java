package dev.pincer.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLibraryTest {

    @TempDir
    Path specs;

    private void write(String relative, String... lines) throws IOException {
        Path file = specs.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private void writeSpec(String id, String extendsId, String... body) throws IOException {
        String[] head = extendsId == null
                ? new String[] {"# " + id, "```spec", "id: " + id, "version: 1.0", "```"}
                : new String[] {"# " + id, "```spec", "id: " + id, "version: 1.0", "extends: " + extendsId, "```"};
        String[] all = new String[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        write(id + ".md", all);
    }

    private String where(String relative) {
        return SpecException.display(specs.resolve(relative));
    }

    private String loadError() {
        return assertThrows(SpecException.class, () -> SpecLibrary.load(specs)).getMessage();
    }

    @Test
    void loadsSpecsChainsThemBaseFirstAndFindsRequirementsAndFixtures() throws IOException {
        writeSpec("channel", null, "### CH-X-001 (MUST) Base", "Prose.");
        writeSpec("channels/echo", "channel", "### ECHO-X-001 (MUST) Profile", "Prose.",
                "```fixture echo-update json", "{}", "```");
        write("README.md", "# Not a spec");
        write("channels/README.md", "Not a spec either");

        SpecLibrary library = SpecLibrary.load(specs);

        assertEquals(specs, library.root());
        assertEquals(List.of("channel", "channels/echo"), library.specs().stream().map(Spec::id).toList());
        assertEquals(List.of("channel", "channels/echo"), library.chain("channels/echo").stream().map(Spec::id).toList());
        assertEquals(List.of("channel"), library.chain("channel").stream().map(Spec::id).toList());
        assertEquals("channels/echo", library.requirement("ECHO-X-001").orElseThrow().specId());
        assertEquals(specs.resolve("channels/echo.md"), library.requirement("ECHO-X-001").orElseThrow().file());
        assertEquals(Optional.empty(), library.requirement("ECHO-X-999"));
        assertEquals(List.of("CH-X-001", "ECHO-X-001"), library.requirements().stream().map(Requirement::id).toList());
        assertEquals("{}\n", library.fixture("echo-update").content());
        assertEquals(1, library.fixtures().size());
    }

    @Test
    void namesTheAvailableSpecsWhenOneIsMissing() throws IOException {
        writeSpec("channel", null);
        writeSpec("manifest", null);
        SpecException e = assertThrows(SpecException.class, () -> SpecLibrary.load(specs).spec("chanel"));
        assertEquals("no spec 'chanel' in " + SpecException.display(specs)
                + "; available specs: channel, manifest; check the id or add chanel.md", e.getMessage());
    }

    @Test
    void namesTheAvailableFixturesWhenOneIsMissing() throws IOException {
        writeSpec("channel", null, "```fixture a json", "{}", "```", "```fixture b", "x", "```");
        SpecException e = assertThrows(SpecException.class, () -> SpecLibrary.load(specs).fixture("c"));
        assertEquals("no fixture 'c' in " + SpecException.display(specs) + "; available fixtures: a, b; "
                + "check the name or add a block with info string 'fixture c json' to a spec", e.getMessage());
    }

    @Test
    void rejectsAnIdThatDoesNotMatchThePath() throws IOException {
        write("channels/echo.md", "# Echo", "```spec", "id: echo", "version: 1.0", "```");
        assertEquals(where("channels/echo.md") + ":3: spec id 'echo' does not match the file's path; "
                + "write 'id: channels/echo' or move the file to " + where("echo.md"), loadError());
    }

    @Test
    void rejectsExtendingAnUnknownSpec() throws IOException {
        writeSpec("channel", null);
        writeSpec("channels/echo", "chanel");
        assertEquals(where("channels/echo.md") + ":5: spec 'channels/echo' extends unknown spec 'chanel'; "
                + "use one of: channel", loadError());
    }

    @Test
    void rejectsCyclesOfExtends() throws IOException {
        writeSpec("a", "b");
        writeSpec("b", "a");
        assertEquals(where("a.md") + ":5: 'extends' forms a cycle: a -> b -> a; remove one of these 'extends' lines",
                loadError());
    }

    @Test
    void rejectsASpecThatExtendsItself() throws IOException {
        writeSpec("a", "a");
        assertEquals(where("a.md") + ":5: 'extends' forms a cycle: a -> a; remove one of these 'extends' lines",
                loadError());
    }

    @Test
    void rejectsARequirementIdUsedInTwoSpecsNamingBothPlaces() throws IOException {
        writeSpec("channel", null, "", "### CH-X-001 (MUST) Base", "Prose.");
        writeSpec("manifest", null, "### CH-X-001 (MUST) Copy", "Prose.");
        assertEquals(where("manifest.md") + ":6: duplicate requirement ID CH-X-001, also defined at "
                + where("channel.md") + ":7; give one of them a new ID", loadError());
    }

    @Test
    void rejectsAFixtureNameUsedInTwoSpecsNamingBothPlaces() throws IOException {
        writeSpec("channel", null, "```fixture shared json", "{}", "```");
        writeSpec("manifest", null, "", "```fixture shared json", "{}", "```");
        assertEquals(where("manifest.md") + ":7: duplicate fixture name 'shared', also defined at "
                + where("channel.md") + ":6; give one of them a new name", loadError());
    }

    @Test
    void reportsParseErrorsWithTheFilePath() throws IOException {
        writeSpec("channel", null, "### CH-X-001 (MUST) Base");
        assertEquals(where("channel.md") + ":6: requirement CH-X-001 has no prose; write under its heading what an "
                + "implementation must do and how the suite observes it", loadError());
    }

    @Test
    void rejectsADirectoryWithoutSpecs() throws IOException {
        write("README.md", "# Guide");
        assertEquals(SpecException.display(specs) + ": no spec files (*.md) found; "
                + "pass the path of the repository's specs/ folder", loadError());
    }

    @Test
    void rejectsAPathThatIsNotADirectory() {
        Path missing = specs.resolve("nowhere");
        SpecException e = assertThrows(SpecException.class, () -> SpecLibrary.load(missing));
        assertTrue(e.getMessage().endsWith("nowhere: not a directory; pass the path of the repository's specs/ folder"),
                e.getMessage());
    }
}
