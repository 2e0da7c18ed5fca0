package dev.pincer.spi;

import java.net.URI;

/**
 * Inbound HTTP for platforms that push events (Slack's Events API, Discord's interactions, Telegram's
 * webhook mode): the runtime serves the endpoints an integration registers.
 *
 * <p>One server serves every integration, on the address the owner's configuration names; each
 * integration's endpoints live under {@code /hooks/<integration name>/}. Thread-safe.
 */
public interface Webhooks {

    /**
     * Serves requests to {@code /hooks/<integration name>/<path>} with {@code handler}.
     *
     * @param path one or more segments of lower-case letters, digits, {@code -} and {@code _},
     *     separated by {@code /}, such as {@code "events"} or {@code "interactions"}
     * @return the public URL of the endpoint, to configure at the platform
     * @throws IllegalArgumentException if the path is malformed or already registered
     */
    URI register(String path, WebhookHandler handler);
}
