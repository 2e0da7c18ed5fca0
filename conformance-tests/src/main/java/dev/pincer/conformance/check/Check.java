package dev.pincer.conformance.check;

import java.util.Objects;
import java.util.Set;

/**
 * One behavioural check against a harness of type {@code H}, proving the requirements it declares.
 *
 * @param name what the check does, in words a reader of the report understands
 * @param proves the requirement IDs the check judges; it may judge no others
 * @param body the scenario: drives the harness and records verdicts
 */
public record Check<H>(String name, Set<String> proves, Body<H> body) {
    public Check {
        Objects.requireNonNull(name, "name");
        proves = Set.copyOf(proves);
        if (proves.isEmpty()) {
            throw new IllegalArgumentException("check '" + name + "' must prove at least one requirement");
        }
        Objects.requireNonNull(body, "body");
    }

    /** A check proving {@code proves}. */
    public static <H> Check<H> of(String name, Set<String> proves, Body<H> body) {
        return new Check<>(name, proves, body);
    }

    /** The scenario of a check. */
    @FunctionalInterface
    public interface Body<H> {
        void run(H harness, Verdicts verdicts) throws Exception;
    }
}
