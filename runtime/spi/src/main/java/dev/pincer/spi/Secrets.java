package dev.pincer.spi;

/** The secrets an integration's manifest names. Thread-safe. */
public interface Secrets {

    /**
     * The secret with this name, as an opaque placeholder.
     *
     * @throws IntegrationException if the manifest does not name the secret, or the owner has not set it;
     *     the message says how to set it
     */
    Secret get(String name);
}
