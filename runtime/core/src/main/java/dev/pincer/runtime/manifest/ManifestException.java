package dev.pincer.runtime.manifest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code pincer.json} that cannot be used: unreadable, malformed JSON, or a field that breaks a rule.
 *
 * <p>The message reads {@code <file>:<line>:<column>: field '<path>': <problem>; <what would be valid>}.
 * The position part is left out when there is no position (line 0), the field part when the problem
 * is not about one field (an empty field path).
 */
public final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String field;
    private final String requirement;

    ManifestException(Path file, int line, int column, String field, String problem, String fix) {
        this(file, line, column, field, problem, fix, "");
    }

    /** A problem that breaks {@code requirement} of {@code specs/manifest.md}, rather than the rule of its field. */
    ManifestException(Path file, int line, int column, String field, String problem, String fix, String requirement) {
        super(render(file, line, column, field, problem, fix));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.field = Objects.requireNonNull(field, "field");
        this.requirement = Objects.requireNonNull(requirement, "requirement");
    }

    private static String render(Path file, int line, int column, String field, String problem, String fix) {
        StringBuilder message = new StringBuilder().append(file);
        if (line > 0) {
            message.append(':').append(line).append(':').append(column);
        }
        message.append(": ");
        if (!field.isEmpty()) {
            message.append("field '").append(field).append("': ");
        }
        return message.append(problem).append("; ").append(fix).toString();
    }

    /** The manifest file, as it was given to {@link Manifest#read}. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it has no position (for example, an unreadable file). */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it has no position. */
    public int column() {
        return column;
    }

    /** The path of the offending field, such as {@code egress[1]} or {@code secrets.TOKEN}; empty for the whole file. */
    public String field() {
        return field;
    }

    /**
     * The requirement of {@code specs/manifest.md} the problem breaks, when it is not the one about its field (such
     * as {@code MAN-010} for a guard that lists egress hosts); empty when the field says it.
     */
    public Optional<String> requirement() {
        return requirement.isEmpty() ? Optional.empty() : Optional.of(requirement);
    }
}
