package dev.pincer.conformance.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks skill folders against the Agent Skills format and Pincer's rules for them.
 *
 * <p>Each folder directly under the skills directory is one skill and must hold a {@code SKILL.md}
 * whose frontmatter names the skill (equal to the folder name) and describes it, with no keys
 * beyond the format's, and whose relative links point to files that exist.
 */
public final class SkillLinter {
    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_DESCRIPTION_LENGTH = 1024;
    static final int MAX_COMPATIBILITY_LENGTH = 500;
    static final List<String> KNOWN_KEYS =
            List.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TEXT_KEYS =
            Set.of("name", "description", "license", "compatibility", "allowed-tools");

    private SkillLinter() {}

    /**
     * Lints every skill folder in {@code skillsDir}.
     *
     * @return one line per problem, as {@code skills/<name>/SKILL.md:<line>: <problem>; <fix>},
     *     in folder and line order; empty when every skill is fine
     * @throws IllegalArgumentException if {@code skillsDir} is not a directory
     * @throws UncheckedIOException if a folder or file cannot be read
     */
    public static List<String> lint(Path skillsDir) {
        Objects.requireNonNull(skillsDir, "skillsDir");
        Path dir = skillsDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("skills directory " + skillsDir
                    + " does not exist or is not a directory; pass the repository's skills/ folder");
        }
        List<Path> skills;
        try (Stream<Path> children = Files.list(dir)) {
            skills = children.filter(Files::isDirectory)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the skills directory " + skillsDir, e);
        }
        List<String> problems = new ArrayList<>();
        for (Path skill : skills) {
            problems.addAll(lintSkill(dir.getFileName() + "/" + skill.getFileName() + "/SKILL.md", skill));
        }
        return List.copyOf(problems);
    }

    private static List<String> lintSkill(String shownPath, Path skillDir) {
        String folder = skillDir.getFileName().toString();
        List<String> problems = new ArrayList<>();
        Path file = skillDir.resolve("SKILL.md");
        if (!Files.isRegularFile(file)) {
            problems.add(shownPath + ":1: missing SKILL.md; create it with a frontmatter block holding"
                    + " name: " + folder + " and a description (the file name is upper case)");
            return problems;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        switch (Frontmatter.parse(lines)) {
            case Frontmatter.Result.Missing missing -> problems.add(shownPath + ":1: missing frontmatter; start"
                    + " the file with a '---' line, then name: " + folder + " and description: lines, then '---'");
            case Frontmatter.Result.Unterminated unterminated -> problems.add(shownPath + ":1: unterminated"
                    + " frontmatter: no closing '---' line; add one after the last frontmatter field");
            case Frontmatter.Result.Parsed parsed -> {
                List<Frontmatter.Problem> found = new ArrayList<>(parsed.problems());
                found.addAll(checkFields(parsed.entries(), folder));
                found.addAll(checkLinks(lines, parsed.bodyStart(), skillDir, folder));
                found.sort(Comparator.comparingInt(Frontmatter.Problem::line)); // stable: same-line order kept
                found.forEach(p -> problems.add(shownPath + ":" + p.line() + ": " + p.message()));
            }
        }
        return problems;
    }

    private static List<Frontmatter.Problem> checkFields(Map<String, Frontmatter.Entry> entries, String folder) {
        List<Frontmatter.Problem> problems = new ArrayList<>();
        for (Frontmatter.Entry entry : entries.values()) {
            if (!KNOWN_KEYS.contains(entry.key())) {
                problems.add(new Frontmatter.Problem(entry.line(), "unknown frontmatter key '" + entry.key()
                        + "'; use only " + String.join(", ", KNOWN_KEYS) + " (put custom fields under metadata)"));
            } else if (TEXT_KEYS.contains(entry.key()) && entry.map()) {
                String key = entry.key();
                problems.add(new Frontmatter.Problem(entry.line(), "'" + key + "' must be text, not a map;"
                        + " write its value after '" + key + ":' or as a folded block ('" + key + ": >')"));
            } else if (entry.key().equals("metadata") && !entry.map() && !entry.value().startsWith("{")) {
                problems.add(new Frontmatter.Problem(entry.line(), "'metadata' must be a map;"
                        + " put each field on its own indented 'key: value' line under 'metadata:'"));
            }
        }
        Frontmatter.Entry name = entries.get("name");
        if (name == null) {
            problems.add(new Frontmatter.Problem(1, "missing 'name' in the frontmatter; add name: " + folder));
        } else if (!name.value().equals(folder)) {
            problems.add(new Frontmatter.Problem(name.line(), "name '" + name.value() + "' differs from the folder"
                    + " name '" + folder + "'; set name: " + folder + " or rename the folder"));
        } else if (name.value().length() > MAX_NAME_LENGTH || !NAME.matcher(name.value()).matches()) {
            problems.add(new Frontmatter.Problem(name.line(), "name '" + name.value() + "' is not valid; use at most "
                    + MAX_NAME_LENGTH + " lowercase letters, digits and single hyphens, not at the start or end"
                    + " (for example add-telegram), and rename the folder to match"));
        }
        Frontmatter.Entry description = entries.get("description");
        if (description == null) {
            problems.add(new Frontmatter.Problem(1, "missing 'description' in the frontmatter;"
                    + " add description: saying what the skill does and when to use it"));
        } else if (description.value().isBlank()) {
            problems.add(new Frontmatter.Problem(description.line(), "description is empty;"
                    + " say what the skill does and when to use it"));
        } else if (description.value().length() > MAX_DESCRIPTION_LENGTH) {
            problems.add(new Frontmatter.Problem(description.line(), "description is " + description.value().length()
                    + " characters long; shorten it to at most " + MAX_DESCRIPTION_LENGTH
                    + " and move details into the body"));
        }
        Frontmatter.Entry compatibility = entries.get("compatibility");
        if (compatibility != null && compatibility.value().length() > MAX_COMPATIBILITY_LENGTH) {
            problems.add(new Frontmatter.Problem(compatibility.line(), "compatibility is "
                    + compatibility.value().length() + " characters long; shorten it to at most "
                    + MAX_COMPATIBILITY_LENGTH));
        }
        return problems;
    }

    private static List<Frontmatter.Problem> checkLinks(
            List<String> lines, int bodyStart, Path skillDir, String folder) {
        List<Frontmatter.Problem> problems = new ArrayList<>();
        for (MarkdownLinks.Link link : MarkdownLinks.relativeLinks(lines, bodyStart)) {
            String target = link.target();
            boolean exists;
            try {
                exists = Files.exists(skillDir.resolve(target).normalize());
            } catch (InvalidPathException e) {
                exists = false;
            }
            if (!exists) {
                problems.add(new Frontmatter.Problem(link.line(), "link to '" + link.raw() + "' points to a file that"
                        + " does not exist (" + folder + "/" + target + "); create the file or fix the link"));
            }
        }
        return problems;
    }
}
