package dev.pincer.runtime.context;

import java.util.Optional;

/**
 * The owner's say over one request an integration is about to send, after its manifest's hosts allowed it.
 *
 * <p>Thread-safe; called on the integration's thread before anything leaves. An exception counts as a refusal
 * (fail closed).
 */
@FunctionalInterface
public interface EgressGate {

    /**
     * Decides about one request.
     *
     * @param method the HTTP method, or {@code WEBSOCKET}
     * @param host the lower-case host, as the manifest names it (before any redirect)
     * @param path the raw path, without the query
     * @return empty to let it go, or why it is refused
     */
    Optional<String> refusal(String method, String host, String path);

    /** Lets every request through. */
    static EgressGate open() {
        return (method, host, path) -> Optional.empty();
    }
}
