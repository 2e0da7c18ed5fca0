package dev.pincer.conformance.fake.telegram;

import java.util.Locale;
import java.util.Optional;

/**
 * A request path split as the Bot API server routes it: {@code /bot<token>/<method>}.
 *
 * @param token the token segment, exactly as in the path
 * @param method the method segment, lower-cased (method names are case-insensitive); may be empty
 */
record BotPath(String token, String method) {

    /** The token and method of {@code rawPath}, or empty when the path is not of the form {@code /bot<token>/<method>}. */
    static Optional<BotPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/bot")) {
            return Optional.empty();
        }
        String rest = rawPath.substring("/bot".length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String method = rest.substring(slash + 1);
        if (method.contains("/")) {
            return Optional.empty();
        }
        return Optional.of(new BotPath(rest.substring(0, slash), method.toLowerCase(Locale.ROOT)));
    }
}
