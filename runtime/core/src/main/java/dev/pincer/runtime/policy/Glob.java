package dev.pincer.runtime.policy;

import java.util.List;

/**
 * A glob in which {@code *} matches any run of characters (including {@code /}, {@code :} and {@code .}), compiled
 * once into the cheapest matcher that fits: exact, prefix, suffix, any, or literal parts in order.
 */
sealed interface Glob {

    /** True if the glob matches the whole of {@code text}. */
    boolean matches(String text);

    /** Compiles {@code text}. */
    static Glob of(String text) {
        if (text.equals("*")) {
            return new Any();
        }
        List<String> parts = List.of(text.split("\\*", -1));
        return switch (parts.size()) {
            case 1 -> new Exact(text);
            case 2 -> parts.get(1).isEmpty() ? new Prefix(parts.get(0))
                    : parts.get(0).isEmpty() ? new Suffix(parts.get(1)) : new Parts(parts);
            default -> new Parts(parts);
        };
    }

    /** {@code *}. */
    record Any() implements Glob {
        @Override
        public boolean matches(String text) {
            return true;
        }
    }

    /** No {@code *}. */
    record Exact(String literal) implements Glob {
        @Override
        public boolean matches(String text) {
            return literal.equals(text);
        }
    }

    /** {@code literal*}. */
    record Prefix(String literal) implements Glob {
        @Override
        public boolean matches(String text) {
            return text.startsWith(literal);
        }
    }

    /** {@code *literal}. */
    record Suffix(String literal) implements Glob {
        @Override
        public boolean matches(String text) {
            return text.endsWith(literal);
        }
    }

    /** Literal parts separated by {@code *}: the first at the start, the last at the end, the others in order between. */
    record Parts(List<String> parts) implements Glob {
        @Override
        public boolean matches(String text) {
            String first = parts.getFirst();
            String last = parts.getLast();
            if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
                return false;
            }
            int at = first.length();
            int end = text.length() - last.length();
            for (int i = 1; i < parts.size() - 1; i++) {
                int found = text.indexOf(parts.get(i), at);
                if (found < 0 || found + parts.get(i).length() > end) {
                    return false;
                }
                at = found + parts.get(i).length();
            }
            return true;
        }
    }
}
