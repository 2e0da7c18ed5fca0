package dev.pincer.conformance.spec;

import java.nio.file.Path;

/**
 * A spec file, or the set of specs, is not well formed.
 *
 * <p>The message has the form {@code specs/channels/telegram.md:42: <problem>; <how to fix>}.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    static SpecException at(Path file, int line, String problem, String fix) {
        return new SpecException(location(file, line) + ": " + problem + "; " + fix);
    }

    static String location(Path file, int line) {
        return display(file) + ":" + line;
    }

    static String display(Path file) {
        return file.toString().replace('\\', '/');
    }
}
