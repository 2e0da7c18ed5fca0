package dev.pincer.runtime.policy;

import java.util.Objects;

/** What the policy says about a proposed action, from least to most restrictive. */
public enum Outcome {
    /** The action goes ahead. */
    ALLOW,
    /** The owner is asked first; silence denies. */
    ASK,
    /** The action does not happen. */
    DENY;

    /** The more restrictive of this and {@code other}: {@code ALLOW < ASK < DENY}. */
    public Outcome strictest(Outcome other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) >= 0 ? this : other;
    }

    /** The outcome as policy.yaml writes it: {@code allow}, {@code ask}, {@code deny}. */
    String word() {
        return switch (this) {
            case ALLOW -> "allow";
            case ASK -> "ask";
            case DENY -> "deny";
        };
    }
}
