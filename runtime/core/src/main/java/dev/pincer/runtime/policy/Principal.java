package dev.pincer.runtime.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/** Who a task acts for: the owner, a person the policy names, or a stranger. */
public sealed interface Principal {

    /** The owner, who wrote the policy. */
    record Owner() implements Principal {
        @Override
        public String toString() {
            return "owner";
        }
    }

    /**
     * A person listed under {@code principals:}.
     *
     * @param name the name the policy gives them, {@code [a-z][a-z0-9_-]*}
     */
    record Named(String name) implements Principal {
        static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

        /** Checks the name's form. */
        public Named {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches() || Policy.RESERVED_NAMES.contains(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a principal's name; use lower-case letters, "
                        + "digits, '_' and '-', starting with a letter, other than owner, anyone and stranger");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Anyone the policy does not know; only rules {@code for: [anyone]} match them. */
    record Stranger() implements Principal {
        @Override
        public String toString() {
            return "stranger";
        }
    }

    /** The owner. */
    static Principal owner() {
        return new Owner();
    }

    /** The person the policy names {@code name}. */
    static Principal named(String name) {
        return new Named(name);
    }

    /** A stranger. */
    static Principal stranger() {
        return new Stranger();
    }
}
