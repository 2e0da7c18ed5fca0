package dev.pincer.runtime.guard;

import dev.pincer.spi.Guard;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A started guard, as a {@link GuardChain} calls it.
 *
 * @param name the guard's manifest name, shown with its verdicts
 * @param guard the started instance
 * @param redact removes secrets from the guard's reasons and error messages
 * @param release closes what the runtime opened for the guard (its state), after its {@code stop}
 */
public record LoadedGuard(String name, Guard guard, UnaryOperator<String> redact, Runnable release) {
    public LoadedGuard {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(redact, "redact");
        Objects.requireNonNull(release, "release");
    }

    /** A guard whose texts need no redaction and which holds nothing to release. */
    public LoadedGuard(String name, Guard guard) {
        this(name, guard, UnaryOperator.identity(), () -> { });
    }
}
