package dev.pincer.spi;

import java.util.Optional;

/**
 * Durable key-value state that survives restarts of the integration and of the runtime.
 *
 * <p>A {@link #put} has returned only once the value is stored durably. Keys are at most 200
 * characters and values at most 64 KiB. Thread-safe.
 */
public interface State {

    /** The value stored under {@code key}, if any. */
    Optional<String> get(String key);

    /** Stores {@code value} under {@code key}, replacing any earlier value. */
    void put(String key, String value);

    /** Removes any value stored under {@code key}. */
    void remove(String key);
}
