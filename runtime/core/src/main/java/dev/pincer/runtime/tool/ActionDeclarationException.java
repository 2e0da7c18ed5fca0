package dev.pincer.runtime.tool;

import java.util.Objects;

/**
 * An action declaration that breaks a rule of the manifest spec (MAN-009).
 *
 * <p>{@link #field()} is the path of the offending part relative to the action, such as {@code name},
 * {@code resource} or {@code arguments.properties.repo.pattern}, so that the manifest reader can point
 * at its line and column. The message reads {@code field '<field>': <problem>; <fix>}.
 */
public final class ActionDeclarationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;
    private final String fix;

    ActionDeclarationException(String field, String problem, String fix) {
        super("field '" + field + "': " + problem + "; " + fix);
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = Objects.requireNonNull(fix, "fix");
    }

    /** The same problem, one level further in: {@code prefix} goes in front of the field path. */
    ActionDeclarationException under(String prefix) {
        return new ActionDeclarationException(field.isEmpty() ? prefix : prefix + "." + field, problem, fix);
    }

    /** The path of the offending part, relative to the action: {@code name}, {@code arguments.required[1]}, … */
    public String field() {
        return field;
    }

    /** What is wrong, showing the bad value. */
    public String problem() {
        return problem;
    }

    /** What would be valid instead. */
    public String fix() {
        return fix;
    }
}
