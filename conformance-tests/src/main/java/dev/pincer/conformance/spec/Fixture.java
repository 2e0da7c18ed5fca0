package dev.pincer.conformance.spec;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named example payload from a spec: a fenced code block with the info string {@code fixture <name> [language]}.
 *
 * @param name the fixture's name, unique across all specs, for example {@code tg-update-text}
 * @param language the language word after the name, for example {@code json}; empty if none
 * @param content the block's content exactly as written, ending with a newline unless empty
 * @param requirementId the requirement the fixture appears under, if any
 * @param file the spec file
 * @param line the 1-based line of the opening fence
 */
public record Fixture(
        String name, String language, String content, Optional<String> requirementId, Path file, int line) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Fixture {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "fixture name must be lower-case letters, digits and '-', was '" + name + "'");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** Where the fixture is written, as {@code specs/channels/telegram.md:80}. */
    public String location() {
        return SpecException.location(file, line);
    }
}
