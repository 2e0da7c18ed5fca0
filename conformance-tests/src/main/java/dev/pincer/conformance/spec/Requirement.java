package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One numbered requirement of a spec, such as {@code TG-SEND-005 (MUST)}.
 *
 * @param id the requirement's ID, for example {@code CH-LIFE-001}
 * @param level how strongly it binds
 * @param title the heading's text after the level
 * @param prose the Markdown under the heading, up to the next heading of level 3 or less, without fixtures
 * @param specId the ID of the spec that defines it
 * @param file the spec file
 * @param line the 1-based line of the requirement's heading
 * @param section the text of the level-2 heading it sits under; empty if none
 */
public record Requirement(
        String id, Level level, String title, String prose, String specId, Path file, int line, String section) {

    static final Pattern ID = Pattern.compile("[A-Z]+(-[A-Z]+)*-\\d{3}");

    public Requirement {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("requirement id must look like CH-LIFE-001, was '" + id + "'");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title of " + id + " must not be blank");
        }
        Objects.requireNonNull(prose, "prose");
        if (prose.isBlank()) {
            throw new IllegalArgumentException("prose of " + id + " must not be blank");
        }
        Objects.requireNonNull(specId, "specId");
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Objects.requireNonNull(section, "section");
    }

    /** Where the requirement is written, as {@code specs/channel.md:12}. */
    public String location() {
        return SpecException.location(file, line);
    }
}
