package dev.pincer.runtime.localchat;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The local chat's access checks: Host (against DNS rebinding), bearer token, same origin for writes (against
 * cross-site requests) and the JSON content type. Each check answers with the refusal to send, or nothing.
 * Immutable and thread-safe.
 */
final class Access {

    /** A refused request: the status and the owner-readable reason. */
    record Refusal(int status, String reason) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int port;
    private final byte[] token;
    private final Set<String> hosts;
    private final Set<String> origins;

    Access(int port, String token) {
        this.port = port;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** A fresh 128-bit token from a cryptographic generator, as 32 hex digits. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Refuses a request whose Host is not this chat on 127.0.0.1 or localhost, as a rebound DNS name would be. */
    Optional<Refusal> checkHost(Headers headers) {
        String host = Optional.ofNullable(headers.getFirst("Host")).orElse("").toLowerCase(Locale.ROOT);
        if (hosts.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(403, "the Host header '" + shown(host) + "' is not this local chat; open "
                + "http://127.0.0.1:" + port + "/ instead"));
    }

    /** Refuses a request without {@code Authorization: Bearer <token>} for this run's token. */
    Optional<Refusal> checkToken(Headers headers) {
        String authorization = Optional.ofNullable(headers.getFirst("Authorization")).orElse("");
        String prefix = "Bearer ";
        boolean matches = authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(token,
                        authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.US_ASCII));
        if (matches) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(401, authorization.isEmpty()
                ? "this call needs the access token (header Authorization: Bearer <token>); open the link that"
                        + " ./pincer run printed, or use: ./pincer chat"
                : "the access token is wrong, or from an earlier run (each run makes a new one); open the link that"
                        + " ./pincer run printed, or use: ./pincer chat"));
    }

    /**
     * Refuses a write from another origin, or without a JSON body: a page elsewhere can make the browser send a
     * form, but not one with this content type, and browsers name the page's origin when they send one.
     */
    Optional<Refusal> checkWrite(Headers headers) {
        String origin = headers.getFirst("Origin");
        if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "requests from origin '" + shown(origin)
                    + "' may not write to the local chat; only its own page at http://127.0.0.1:" + port + " may"));
        }
        String type = Optional.ofNullable(headers.getFirst("Content-Type")).orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            return Optional.of(new Refusal(415, "the body must be sent with Content-Type: application/json, was '"
                    + shown(type) + "'"));
        }
        return Optional.empty();
    }

    private static String shown(String value) {
        String cut = value.length() <= 80 ? value : value.substring(0, 80) + "...";
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
