package dev.pincer.spi;

/**
 * HTTP egress: the only way an integration reaches the network.
 *
 * <p>Requests go only to hosts the manifest names, over HTTPS. Secret placeholders in the URL,
 * headers or body are replaced by the secret's value only when the request goes to a host that
 * secret is bound to; otherwise the request is refused. Redirects are never followed. Every request
 * is recorded. Thread-safe.
 */
public interface Http {

    /**
     * Sends one request and returns the response, whatever its status.
     *
     * @throws EgressException if the request was refused by the runtime, or failed before a response
     *     arrived (connection refused or reset, timeout); its message never contains a secret
     * @throws InterruptedException if the integration is being stopped
     */
    HttpResponse send(HttpRequest request) throws InterruptedException;

    /**
     * Opens a WebSocket to a {@code wss} URI on a host the manifest names.
     *
     * <p>The same rules as for {@link #send} apply: the host must be in the manifest, secret
     * placeholders in the URI and headers are filled in only for their hosts, and the connection is
     * recorded. It is closed when the integration stops.
     *
     * @param headers extra headers for the opening handshake, such as {@code Authorization}
     * @throws EgressException if the runtime refused, or the handshake failed
     * @throws InterruptedException if the integration is being stopped
     */
    WebSocket openWebSocket(java.net.URI uri, java.util.Map<String, java.util.List<String>> headers) throws InterruptedException;
}
