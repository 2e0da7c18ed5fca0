package dev.pincer.runtime.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * One message from compiling an integration.
 *
 * @param file the source file, relative to the integration directory (such as {@code src/example/Foo.java});
 *     the empty path when the message concerns no file
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param kind {@code error}, {@code warning} or {@code note}
 * @param message the compiler's message, on one line
 * @param hint what to do about it; empty when there is nothing to add
 */
public record CompilerMessage(Path file, long line, long column, String kind, String message, String hint) {

    private static final Set<String> KINDS = Set.of("error", "warning", "note");

    public CompilerMessage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", was " + kind);
        }
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** True for errors. */
    public boolean error() {
        return kind.equals("error");
    }

    /** The message as one line: {@code src/example/Foo.java:12:5: error: cannot find symbol ... (hint: ...)}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        String path = file.toString().replace('\\', '/');
        if (!path.isEmpty()) {
            text.append(path);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        text.append(kind).append(": ").append(message);
        if (!hint.isEmpty()) {
            text.append(" (hint: ").append(hint).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
