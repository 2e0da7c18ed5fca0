package dev.pincer.runtime.vet;

import java.util.Objects;

/** The allowlist's decision on one class or member, with the requirement and spec line that decide it. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Denied {

    /** The ID of the requirement that decides, for example {@code CONF-CLS-012}. */
    String ruleId();

    /** The line of the confinement spec that decides (a fixture line, or the requirement heading for the default). */
    int line();

    /** Why, in words, for example {@code denied by java.net.Socket}. */
    String reason();

    /** Whether the name may be used. */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /**
     * The name may be used.
     *
     * @param restricted for a class: only the members the allowlist lists may be used
     */
    record Allowed(String ruleId, int line, String reason, boolean restricted) implements Verdict {
        public Allowed {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The name may not be used. */
    record Denied(String ruleId, int line, String reason) implements Verdict {
        public Denied {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
