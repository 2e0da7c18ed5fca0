package dev.pincer.runtime.guard;

import java.util.Objects;

/**
 * The strictest verdict of a {@link GuardChain}, with the guard that gave it.
 *
 * @param level allow, ask or deny
 * @param guard the name of the guard that gave the verdict; empty for {@link Level#ALLOW}
 * @param reason that guard's reason, redacted; empty for {@link Level#ALLOW}
 */
public record GuardResult(Level level, String guard, String reason) {

    /** How restrictive a verdict is; later constants are stricter. */
    public enum Level {
        /** Every guard passed. */
        ALLOW,
        /** A guard asks for the owner's approval. */
        ASK,
        /** A guard denies, or failed (fail closed). */
        DENY;

        /** The stricter of this and {@code other}. */
        public Level strictest(Level other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** The result when every guard passed, or there are none. */
    public static final GuardResult ALLOWED = new GuardResult(Level.ALLOW, "", "");

    /**
     * Checks that an allowance names no guard and that anything stricter names one with a reason.
     *
     * @throws IllegalArgumentException otherwise
     */
    public GuardResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(reason, "reason");
        if (level == Level.ALLOW && !(guard.isEmpty() && reason.isEmpty())) {
            throw new IllegalArgumentException("an ALLOW names no guard and no reason, was " + guard + ": " + reason);
        }
        if (level != Level.ALLOW && (guard.isBlank() || reason.isBlank())) {
            throw new IllegalArgumentException("a " + level + " names its guard and a reason, was \"" + guard + "\": \""
                    + reason + "\"");
        }
    }
}
