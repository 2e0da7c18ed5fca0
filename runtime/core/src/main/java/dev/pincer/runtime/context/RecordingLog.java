package dev.pincer.runtime.context;

import dev.pincer.spi.Clock;
import dev.pincer.spi.Log;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A log that keeps every line as the integration wrote it, and passes a redacted copy on to a sink.
 *
 * <p>The kept lines are raw, so that a check can tell whether the integration logged a secret or a
 * placeholder; the sink only ever sees {@code LEVEL message} with secrets replaced by
 * {@code [secret:NAME]}. Thread-safe.
 */
public final class RecordingLog implements Log {

    /** How serious a line is. */
    public enum Level { INFO, WARN, ERROR }

    /** One line, as the integration wrote it, with the clock's time. */
    public record LogLine(Instant at, Level level, String message) {
        public LogLine {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Clock clock;
    private final SecretVault vault;
    private final Consumer<String> sink;
    private final java.util.ArrayDeque<LogLine> lines = new java.util.ArrayDeque<>();
    private int maxLines = Integer.MAX_VALUE;

    /**
     * A log that stamps lines with {@code clock} and forwards redacted lines to {@code sink}.
     *
     * @param sink receives {@code LEVEL message}, redacted; use {@code line -> {}} to keep lines only
     */
    public RecordingLog(Clock clock, SecretVault vault, Consumer<String> sink) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void info(String message) {
        write(Level.INFO, message);
    }

    @Override
    public void warn(String message) {
        write(Level.WARN, message);
    }

    @Override
    public void error(String message) {
        write(Level.ERROR, message);
    }

    private void write(Level level, String message) {
        String text = String.valueOf(message);
        synchronized (lines) {
            lines.addLast(new LogLine(clock.now(), level, text));
            if (lines.size() > maxLines) {
                lines.removeFirst();
            }
        }
        sink.accept(level + " " + vault.redact(text));
    }

    /** Keeps only the newest {@code max} lines from now on, for a long-running process; all are kept by default. */
    public RecordingLog keepingLastLines(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        synchronized (lines) {
            maxLines = max;
        }
        return this;
    }

    /** Every line so far (or the newest, see {@link #keepingLastLines}), raw, in order. */
    public List<LogLine> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public String toString() {
        return "RecordingLog[" + lines().size() + " lines]";
    }
}
