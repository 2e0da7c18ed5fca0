package dev.pincer.conformance.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillLintTest {

    @TempDir
    Path temp;

    private Path skills;

    @BeforeEach
    void createSkillsDirectory() throws IOException {
        skills = Files.createDirectory(temp.resolve("skills"));
    }

    @Test
    void repositorySkillsHaveNoProblems() {
        Path repositorySkills = Path.of("..", "skills");
        assertEquals(true, Files.isDirectory(repositorySkills.resolve("add-telegram")),
                "expected the repository's skills/add-telegram next to conformance-tests");
        assertEquals(List.of(), SkillLinter.lint(repositorySkills));
    }

    @Test
    void acceptsAMinimalSkill() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing. Use when the owner asks for one.\n---\n# Body\n");
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void acceptsOptionalKeysQuotedValuesAndBlocks() throws IOException {
        Path dir = skill("add-thing", """
                ---
                # a comment
                name: "add-thing"
                description: >
                  Adds a thing.
                  Use when: the owner asks for one.
                license: 'Apache-2.0'
                compatibility: |
                  Needs JDK 21.
                  Needs the pincer CLI.
                metadata:
                  author: pincer
                  version: "1.0"
                allowed-tools: Bash Read
                ---
                See [notes](references/notes.md#wire) and [spec](https://example.org/spec).
                """);
        Files.createDirectory(dir.resolve("references"));
        Files.writeString(dir.resolve("references/notes.md"), "notes\n");
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void reportsAFolderWithoutSkillMd() throws IOException {
        Files.createDirectory(skills.resolve("add-thing"));
        Files.writeString(skills.resolve("add-thing/skill.md"), "---\nname: add-thing\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:1: missing SKILL.md; create it with a frontmatter block holding"
                + " name: add-thing and a description (the file name is upper case)"), SkillLinter.lint(skills));
    }

    @Test
    void reportsMissingFrontmatter() throws IOException {
        skill("add-thing", "# Add a thing\n\nname: add-thing\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:1: missing frontmatter; start the file with a '---' line,"
                + " then name: add-thing and description: lines, then '---'"), SkillLinter.lint(skills));
    }

    @Test
    void reportsUnterminatedFrontmatter() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing.\n# Body\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:1: unterminated frontmatter: no closing '---' line;"
                + " add one after the last frontmatter field"), SkillLinter.lint(skills));
    }

    @Test
    void reportsMissingNameAndDescription() throws IOException {
        skill("add-thing", "---\nlicense: MIT\n---\n");
        assertEquals(List.of(
                "skills/add-thing/SKILL.md:1: missing 'name' in the frontmatter; add name: add-thing",
                "skills/add-thing/SKILL.md:1: missing 'description' in the frontmatter;"
                        + " add description: saying what the skill does and when to use it"),
                SkillLinter.lint(skills));
    }

    @Test
    void reportsANameThatDiffersFromTheFolder() throws IOException {
        skill("add-thing", "---\nname: add-other\ndescription: Adds a thing.\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:2: name 'add-other' differs from the folder name 'add-thing';"
                + " set name: add-thing or rename the folder"), SkillLinter.lint(skills));
    }

    @Test
    void reportsANameWithInvalidCharacters() throws IOException {
        skill("Add--Thing", "---\nname: Add--Thing\ndescription: Adds a thing.\n---\n");
        assertEquals(List.of("skills/Add--Thing/SKILL.md:2: name 'Add--Thing' is not valid; use at most 64"
                + " lowercase letters, digits and single hyphens, not at the start or end (for example add-telegram),"
                + " and rename the folder to match"), SkillLinter.lint(skills));
    }

    @Test
    void reportsANameLongerThan64Characters() throws IOException {
        String name = "a".repeat(65);
        skill(name, "---\nname: " + name + "\ndescription: Adds a thing.\n---\n");
        assertEquals(List.of("skills/" + name + "/SKILL.md:2: name '" + name + "' is not valid; use at most 64"
                + " lowercase letters, digits and single hyphens, not at the start or end (for example add-telegram),"
                + " and rename the folder to match"), SkillLinter.lint(skills));
    }

    @Test
    void acceptsANameOfExactly64Characters() throws IOException {
        String name = "a".repeat(64);
        skill(name, "---\nname: " + name + "\ndescription: Adds a thing.\n---\n");
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void reportsAnEmptyDescription() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: \"\"\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:3: description is empty;"
                + " say what the skill does and when to use it"), SkillLinter.lint(skills));
    }

    @Test
    void reportsADescriptionOver1024CharactersAfterFolding() throws IOException {
        String line = "word ".repeat(100).strip(); // 499 characters
        skill("add-thing", "---\nname: add-thing\ndescription: >\n  " + line + "\n  " + line + "\n  " + line + "\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:3: description is 1499 characters long;"
                + " shorten it to at most 1024 and move details into the body"), SkillLinter.lint(skills));
    }

    @Test
    void acceptsADescriptionOfExactly1024Characters() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: " + "d".repeat(1024) + "\n---\n");
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void reportsUnknownFrontmatterKeys() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing.\nversion: 2\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:4: unknown frontmatter key 'version'; use only name,"
                + " description, license, compatibility, metadata, allowed-tools (put custom fields under metadata)"),
                SkillLinter.lint(skills));
    }

    @Test
    void reportsAPlainValueThatYamlWouldReadAsANestedKey() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing. Use when: the owner asks.\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:3: the value of 'description' contains ': ', which YAML reads"
                + " as a nested key; put the value in double quotes or use a folded block ('description: >')"),
                SkillLinter.lint(skills));
    }

    @Test
    void reportsAnUnclosedQuote() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: \"Adds a thing.\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:3: the quoted value of 'description' has no closing \";"
                + " end it with \""), SkillLinter.lint(skills));
    }

    @Test
    void reportsADuplicateKey() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing.\nname: add-thing\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:4: duplicate frontmatter key 'name' (first on line 2); keep one"),
                SkillLinter.lint(skills));
    }

    @Test
    void reportsMetadataThatIsNotAMap() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing.\nmetadata: pincer\n---\n");
        assertEquals(List.of("skills/add-thing/SKILL.md:4: 'metadata' must be a map;"
                + " put each field on its own indented 'key: value' line under 'metadata:'"), SkillLinter.lint(skills));
    }

    @Test
    void reportsARelativeLinkToAMissingFileWithItsLine() throws IOException {
        skill("add-thing", """
                ---
                name: add-thing
                description: Adds a thing.
                ---
                # Add a thing

                Read [the notes](references/notes.md) first.
                [design]: references/design.md
                """);
        assertEquals(List.of(
                "skills/add-thing/SKILL.md:7: link to 'references/notes.md' points to a file that does not exist"
                        + " (add-thing/references/notes.md); create the file or fix the link",
                "skills/add-thing/SKILL.md:8: link to 'references/design.md' points to a file that does not exist"
                        + " (add-thing/references/design.md); create the file or fix the link"),
                SkillLinter.lint(skills));
    }

    @Test
    void ignoresLinksInCodeAbsoluteLinksAndAnchors() throws IOException {
        skill("add-thing", """
                ---
                name: add-thing
                description: Adds a thing.
                ---
                See [the spec](https://example.org/x.md), [mail](mailto:a@example.org), [top](#add-a-thing),
                and `[not a link](missing.md)`.

                ```markdown
                [example](references/missing.md)
                ```
                """);
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void resolvesLinksOutsideTheSkillFolder() throws IOException {
        skill("add-thing", "---\nname: add-thing\ndescription: Adds a thing.\n---\nSee [README](../README.md).\n");
        Files.writeString(skills.resolve("README.md"), "skills\n");
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void skipsFilesAndHiddenFoldersInTheSkillsDirectory() throws IOException {
        Files.writeString(skills.resolve("README.md"), "# Skills\n");
        Files.createDirectory(skills.resolve(".cache"));
        assertEquals(List.of(), SkillLinter.lint(skills));
    }

    @Test
    void rejectsASkillsDirectoryThatDoesNotExist() {
        Path missing = temp.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SkillLinter.lint(missing));
        assertEquals("skills directory " + missing + " does not exist or is not a directory;"
                + " pass the repository's skills/ folder", e.getMessage());
    }

    private Path skill(String folder, String content) throws IOException {
        Path dir = Files.createDirectory(skills.resolve(folder));
        Files.writeString(dir.resolve("SKILL.md"), content);
        return dir;
    }
}
