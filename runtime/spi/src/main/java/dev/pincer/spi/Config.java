package dev.pincer.spi;

import java.util.Optional;

/** The owner's configuration for an integration: plain, non-secret settings. Immutable. */
public interface Config {

    /** The value of {@code key}, if the owner or the manifest's defaults set it. */
    Optional<String> get(String key);

    /**
     * The value of {@code key}.
     *
     * @throws IntegrationException if it is not set; the message names the key
     */
    default String require(String key) {
        return get(key).orElseThrow(() -> new IntegrationException(
                "configuration key '" + key + "' is not set; add it to the integration's configuration"));
    }
}
