package dev.pincer.conformance.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecParserTest {

    private static final Path FILE = Path.of("specs/channels/echo.md");

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String header(String... body) {
        String head = lines("# Echo channel", "", "```spec", "id: channels/echo", "version: 1.2", "extends: channel", "```", "");
        return head + lines(body);
    }

    private static String errorOf(String text) {
        return assertThrows(SpecException.class, () -> SpecParser.parse(FILE, text)).getMessage();
    }

    @Test
    void readsTitleHeaderRequirementsAndFixturesWithTheirLines() {
        Spec spec = SpecParser.parse(FILE, header(
                "Intro text.",                                   // 9
                "",
                "## Receiving",                                  // 11
                "",
                "### ECHO-RECV-001 (MUST) Messages are echoed",  // 13
                "",
                "The channel MUST echo.",                        // 15
                "",
                "```fixture echo-update json",                   // 17
                "{\"a\": 1}",
                "```",
                "",
                "#### Details",                                  // 21
                "",
                "More prose.",
                "",
                "### ECHO-RECV-002 (SHOULD) Echoes are quick",   // 25
                "It SHOULD be quick.",
                "",
                "## Sending",
                "",
                "### ECHO-SEND-001 (MAY) Echo twice",            // 30
                "",
                "- It MAY echo twice.",
                "",
                "### Notes",                                     // 34
                "",
                "```fixture echo-note",                          // 36
                "free text",
                "```"));

        assertEquals("channels/echo", spec.id());
        assertEquals("1.2", spec.version());
        assertEquals(Optional.of("channel"), spec.extendsId());
        assertEquals("Echo channel", spec.title());
        assertEquals(FILE, spec.file());

        List<Requirement> requirements = spec.requirements();
        assertEquals(3, requirements.size());
        Requirement first = requirements.get(0);
        assertEquals(new Requirement("ECHO-RECV-001", Level.MUST, "Messages are echoed",
                "The channel MUST echo.\n\n#### Details\n\nMore prose.", "channels/echo", FILE, 13, "Receiving"), first);
        assertEquals("specs/channels/echo.md:13", first.location());
        assertEquals(new Requirement("ECHO-RECV-002", Level.SHOULD, "Echoes are quick", "It SHOULD be quick.",
                "channels/echo", FILE, 25, "Receiving"), requirements.get(1));
        assertEquals(new Requirement("ECHO-SEND-001", Level.MAY, "Echo twice", "- It MAY echo twice.",
                "channels/echo", FILE, 30, "Sending"), requirements.get(2));

        assertEquals(List.of(
                new Fixture("echo-update", "json", "{\"a\": 1}\n", Optional.of("ECHO-RECV-001"), FILE, 17),
                new Fixture("echo-note", "", "free text\n", Optional.empty(), FILE, 36)), spec.fixtures());
    }

    @Test
    void countsLinesTheSameWithWindowsLineEndings() {
        String text = header("## Section", "", "### ECHO-X-001 (MUST) Title", "Prose.").replace("\n", "\r\n");
        Requirement requirement = SpecParser.parse(FILE, text).requirements().get(0);
        assertEquals(11, requirement.line());
        assertEquals("Prose.", requirement.prose());
    }

    @Test
    void keepsTheTitleAsWrittenIncludingAngleBracketsAndClosingHashes() {
        Spec spec = SpecParser.parse(FILE, header("### ECHO-API-001 (MUST) Call https://x.test/bot<token>/<method> ###",
                "Prose."));
        assertEquals("Call https://x.test/bot<token>/<method>", spec.requirements().get(0).title());
    }

    @Test
    void takesSectionNamesFromSetextHeadings() {
        Spec spec = SpecParser.parse(FILE, header("Sending `text`", "----------", "", "### ECHO-X-001 (MUST) Title", "Prose."));
        assertEquals("Sending `text`", spec.requirements().get(0).section());
    }

    @Test
    void treatsLevelThreeHeadingsWithoutAnIdAsPlainHeadings() {
        Spec spec = SpecParser.parse(FILE, header("### Background", "Some text."));
        assertTrue(spec.requirements().isEmpty());
    }

    @Test
    void rejectsAFileWithoutATitle() {
        assertEquals("specs/channels/echo.md:1: a spec must start with a title; make the first line a level-1 heading "
                + "such as '# Telegram channel profile'", errorOf(lines("Text first.", "", "# Title")));
    }

    @Test
    void rejectsAFileWithoutASpecBlock() {
        assertEquals("specs/channels/echo.md:1: missing spec block; add right after the title a fenced block with "
                + "info string 'spec' holding 'id: <path under specs/ without .md>' and 'version: 1.0'",
                errorOf(lines("# Echo", "", "Text.")));
    }

    @Test
    void rejectsASpecBlockAfterTheFirstSection() {
        assertEquals("specs/channels/echo.md:3: the spec block comes after a section heading; move it right after the title",
                errorOf(lines("# Echo", "## Section", "```spec", "id: echo", "version: 1.0", "```")));
    }

    @Test
    void rejectsASpecBlockWithoutId() {
        assertEquals("specs/channels/echo.md:2: the spec block has no 'id'; add 'id: <path under specs/ without .md>', "
                + "for example 'id: channels/telegram'", errorOf(lines("# Echo", "```spec", "version: 1.0", "```")));
    }

    @Test
    void rejectsAnInvalidVersion() {
        assertEquals("specs/channels/echo.md:4: invalid version '1'; write it as <major>.<minor>, for example 'version: 1.0'",
                errorOf(lines("# Echo", "```spec", "id: echo", "version: 1", "```")));
    }

    @Test
    void rejectsAnUnknownHeaderKey() {
        assertEquals("specs/channels/echo.md:5: unknown key 'owner' in the spec block; use only id, version and extends",
                errorOf(lines("# Echo", "```spec", "id: echo", "version: 1.0", "owner: me", "```")));
    }

    @Test
    void rejectsAHeaderLineWithoutColon() {
        assertEquals("specs/channels/echo.md:3: line 'id echo' in the spec block is not 'key: value'; a spec block holds "
                + "'id: <path under specs/ without .md>', 'version: <major>.<minor>' and optionally 'extends: <spec id>'",
                errorOf(lines("# Echo", "```spec", "id echo", "version: 1.0", "```")));
    }

    @Test
    void rejectsARequirementHeadingWithoutLevel() {
        assertEquals("specs/channels/echo.md:9: malformed requirement heading '### ECHO-X-001 Title'; write it as "
                + "'### <ID> (<LEVEL>) <Title>', for example '### CH-LIFE-001 (MUST) Stop ends every wait within 5 seconds'",
                errorOf(header("### ECHO-X-001 Title", "Prose.")));
    }

    @Test
    void rejectsARequirementHeadingWithoutTitle() {
        assertTrue(errorOf(header("### ECHO-X-001 (MUST)", "Prose."))
                .startsWith("specs/channels/echo.md:9: malformed requirement heading '### ECHO-X-001 (MUST)'; write it as"));
    }

    @Test
    void rejectsARequirementIdWithTwoDigits() {
        assertEquals("specs/channels/echo.md:9: malformed requirement ID 'ECHO-X-01' in heading '### ECHO-X-01 (MUST) Title'; "
                + "an ID is upper-case words joined by '-' and ending in a 3-digit number, for example CH-LIFE-001",
                errorOf(header("### ECHO-X-01 (MUST) Title", "Prose.")));
    }

    @Test
    void rejectsALowerCaseRequirementId() {
        assertTrue(errorOf(header("### echo-x-001 (MUST) Title", "Prose."))
                .startsWith("specs/channels/echo.md:9: malformed requirement ID 'echo-x-001'"));
    }

    @Test
    void rejectsAnUnknownLevel() {
        assertEquals("specs/channels/echo.md:9: unknown level 'REQUIRED' in requirement ECHO-X-001; "
                + "use MUST, SHOULD or MAY, as RFC 2119 defines them",
                errorOf(header("### ECHO-X-001 (REQUIRED) Title", "Prose.")));
    }

    @Test
    void saysLevelsAreUpperCase() {
        assertEquals("specs/channels/echo.md:9: unknown level 'must' in requirement ECHO-X-001; "
                + "use MUST, SHOULD or MAY (in upper case), as RFC 2119 defines them",
                errorOf(header("### ECHO-X-001 (must) Title", "Prose.")));
    }

    @Test
    void rejectsARequirementWithoutProse() {
        assertEquals("specs/channels/echo.md:9: requirement ECHO-X-001 has no prose; write under its heading what an "
                + "implementation must do and how the suite observes it",
                errorOf(header("### ECHO-X-001 (MUST) Title", "", "### ECHO-X-002 (MUST) Other", "Prose.")));
    }

    @Test
    void doesNotCountAFixtureAsProse() {
        assertTrue(errorOf(header("### ECHO-X-001 (MUST) Title", "```fixture f json", "{}", "```"))
                .startsWith("specs/channels/echo.md:9: requirement ECHO-X-001 has no prose"));
    }

    @Test
    void rejectsADuplicateRequirementIdNamingBothPlaces() {
        assertEquals("specs/channels/echo.md:11: duplicate requirement ID ECHO-X-001, also defined at "
                + "specs/channels/echo.md:9; give one of them a new ID",
                errorOf(header("### ECHO-X-001 (MUST) Title", "Prose.", "### ECHO-X-001 (MUST) Again", "Prose.")));
    }

    @Test
    void rejectsADuplicateFixtureNameNamingBothPlaces() {
        assertEquals("specs/channels/echo.md:12: duplicate fixture name 'f', also defined at specs/channels/echo.md:9; "
                + "give one of them a new name",
                errorOf(header("```fixture f", "a", "```", "```fixture f", "b", "```")));
    }

    @Test
    void rejectsAFixtureWithoutName() {
        assertEquals("specs/channels/echo.md:9: fixture block without a name; write the info string as "
                + "'fixture <name> [language]', for example 'fixture tg-update-text json'",
                errorOf(header("```fixture", "{}", "```")));
    }

    @Test
    void rejectsAnInvalidFixtureName() {
        assertEquals("specs/channels/echo.md:9: invalid fixture name 'Update_Text'; use lower-case letters, digits "
                + "and '-', starting with a letter or digit", errorOf(header("```fixture Update_Text json", "{}", "```")));
    }

    @Test
    void rejectsExtraWordsInAFixtureInfoString() {
        assertTrue(errorOf(header("```fixture f json extra", "{}", "```"))
                .startsWith("specs/channels/echo.md:9: fixture info string 'fixture f json extra' has words after the language"));
    }

    @Test
    void findsFixturesNestedInLists() {
        Spec spec = SpecParser.parse(FILE, header("### ECHO-X-001 (MUST) Title", "- Prose:", "",
                "  ```fixture nested json", "  {}", "  ```"));
        assertEquals(Optional.of("ECHO-X-001"), spec.fixtures().get(0).requirementId());
        assertEquals(12, spec.fixtures().get(0).line());
    }
}
