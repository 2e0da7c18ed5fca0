package dev.pincer.conformance.guard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Configuration overrides of a fixture, laid over the manifest's configuration. */
final class Overrides {
    private Overrides() {}

    /** {@code base} with each present override set and each empty one removed. */
    static Map<String, String> apply(Map<String, String> base, Map<String, Optional<String>> overrides) {
        Map<String, String> result = new LinkedHashMap<>(base);
        overrides.forEach((key, value) -> value.ifPresentOrElse(v -> result.put(key, v), () -> result.remove(key)));
        return result;
    }
}
