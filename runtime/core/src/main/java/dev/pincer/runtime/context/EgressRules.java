package dev.pincer.runtime.context;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one request against the manifest's grants and turns it into the request actually sent:
 * allowed host, https, placeholders replaced for that host, conformance host overrides applied.
 */
final class EgressRules {

    private final String integrationName;
    private final List<String> allowedHosts;
    private final SecretVault vault;
    private final Map<String, URI> hostOverrides;

    EgressRules(String integrationName, List<String> allowedHosts, SecretVault vault, Map<String, URI> hostOverrides) {
        this.integrationName = integrationName;
        this.allowedHosts = allowedHosts;
        this.vault = vault;
        this.hostOverrides = hostOverrides;
    }

    /**
     * The request to send for {@code request}.
     *
     * @param shown the request as messages show it ({@code METHOD uri}, redacted)
     * @throws EgressException of kind REFUSED if the request may not be sent
     */
    java.net.http.HttpRequest prepare(HttpRequest request, String host, String shown) {
        if (!allowedHosts.contains(host)) {
            throw refused("integration '" + integrationName + "' may not reach " + host + ": pincer.json egress lists "
                    + allowedHosts + "; add the host to egress if the owner agrees");
        }
        URI written = request.uri();
        // Judged as written, even when conformance redirects the host to a fake: code that writes http fails here too.
        if (!"https".equalsIgnoreCase(written.getScheme())) {
            throw refused("integration '" + integrationName + "' may send only https requests, but " + shown
                    + " uses " + written.getScheme() + "; write https://" + host + "/...");
        }
        if (written.getPort() != -1 && written.getPort() != 443) {
            throw refused("integration '" + integrationName + "' may reach " + host + " only on the https port, "
                    + "but " + shown + " names port " + written.getPort() + "; leave the port out");
        }
        URI override = hostOverrides.get(host);
        URI target = target(substitutedUri(written, host, shown), override, shown);
        java.net.http.HttpRequest.Builder builder;
        try {
            builder = java.net.http.HttpRequest.newBuilder(target).timeout(request.timeout());
        } catch (IllegalArgumentException e) {
            throw refused(shown + " cannot be sent: the URI is not one the HTTP client accepts; the request was not sent");
        }
        byte[] body = request.body();
        builder.method(request.method(), body.length == 0 ? BodyPublishers.noBody()
                : BodyPublishers.ofByteArray(vault.substitute(body, host)));
        boolean userAgent = false;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            userAgent |= header.getKey().equalsIgnoreCase("User-Agent");
            for (String value : header.getValue()) {
                String filled = vault.substitute(value, host);
                try {
                    builder.header(header.getKey(), filled);
                } catch (IllegalArgumentException e) {
                    throw refused(shown + " cannot be sent: header '" + vault.redact(header.getKey())
                            + "' is set by the runtime or is not valid HTTP; remove it or fix its value");
                }
            }
        }
        if (!userAgent) {
            builder.header("User-Agent", "pincer");
        }
        return builder.build();
    }

    /** Where a WebSocket for {@code written} connects, with its handshake headers filled in. */
    record WebSocketTarget(URI uri, Map<String, String> headers) {}

    /**
     * The connection to open for a WebSocket the integration asked for: the same host, scheme and
     * secret rules as a request, with {@code wss} in place of {@code https}.
     *
     * @throws EgressException of kind REFUSED if it may not be opened
     */
    WebSocketTarget prepareWebSocket(URI written, Map<String, List<String>> headers, String host, String shown) {
        if (!allowedHosts.contains(host)) {
            throw refused("integration '" + integrationName + "' may not reach " + host + ": pincer.json egress lists "
                    + allowedHosts + "; add the host to egress if the owner agrees");
        }
        if (!"wss".equalsIgnoreCase(written.getScheme())) {
            throw refused("integration '" + integrationName + "' may open only wss WebSockets, but " + shown
                    + " uses " + written.getScheme() + "; write wss://" + host + "/...");
        }
        if (written.getPort() != -1 && written.getPort() != 443) {
            throw refused("integration '" + integrationName + "' may reach " + host + " only on the https port, "
                    + "but " + shown + " names port " + written.getPort() + "; leave the port out");
        }
        URI override = hostOverrides.get(host);
        URI target = target(substitutedUri(written, host, shown), override == null ? null : webSocketBase(override), shown);
        Map<String, String> filled = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> values.forEach(value -> filled.put(name, vault.substitute(value, host))));
        return new WebSocketTarget(target, filled);
    }

    private static URI webSocketBase(URI httpBase) {
        String scheme = "https".equalsIgnoreCase(httpBase.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + httpBase.getRawAuthority() + (httpBase.getRawPath() == null ? "" : httpBase.getRawPath()));
    }

    private URI substitutedUri(URI written, String host, String shown) {
        String filled = vault.substitute(written.toString(), host);
        URI parsed;
        try {
            parsed = new URI(filled);
        } catch (URISyntaxException e) {
            throw refused(shown + " is not a valid URI once its secrets are filled in; URL-encode the secret where "
                    + "the URI carries it, or send it in a header; the request was not sent");
        }
        if (parsed.getHost() == null || !parsed.getHost().equalsIgnoreCase(host) || parsed.getPort() != written.getPort()) {
            throw refused("filling in the secrets of " + shown + " changes its host; send the secret in the path, "
                    + "query, a header or the body; the request was not sent");
        }
        return parsed;
    }

    private URI target(URI filled, URI override, String shown) {
        if (override == null) {
            return filled;
        }
        String basePath = override.getRawPath() == null ? "" : override.getRawPath().replaceAll("/+$", "");
        String path = filled.getRawPath() == null ? "" : filled.getRawPath();
        String query = filled.getRawQuery() == null ? "" : "?" + filled.getRawQuery();
        try {
            return new URI(override.getScheme() + "://" + override.getRawAuthority() + basePath + path + query);
        } catch (URISyntaxException e) {
            throw refused(shown + " cannot be redirected to its host override " + override
                    + "; the request was not sent");
        }
    }

    private static EgressException refused(String message) {
        return new EgressException(EgressException.Kind.REFUSED, message);
    }

    static String lowerHost(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }
}
