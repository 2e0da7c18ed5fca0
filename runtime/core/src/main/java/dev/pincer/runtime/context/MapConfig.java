package dev.pincer.runtime.context;

import dev.pincer.spi.Config;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Configuration backed by a fixed map of strings. Immutable. */
public final class MapConfig implements Config {

    private final Map<String, String> values;

    /** A configuration holding a copy of {@code values}. */
    public MapConfig(Map<String, String> values) {
        this.values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
    }

    /** All values. */
    public Map<String, String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "MapConfig" + values.keySet();
    }
}
