package dev.pincer.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Header maps with lower-case names, as responses and inbound requests keep them. */
final class Headers {
    private Headers() {}

    /** An immutable copy with names lower-cased; values of names that differ only in case are merged in order. */
    static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> lower.merge(
                name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                    List<String> merged = new ArrayList<>(a);
                    merged.addAll(b);
                    return List.copyOf(merged);
                }));
        return Map.copyOf(lower);
    }

    /** The first value of {@code name}, looked up case-insensitively in a lower-cased map. */
    static Optional<String> first(Map<String, List<String>> lowerCased, String name) {
        List<String> values = lowerCased.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
