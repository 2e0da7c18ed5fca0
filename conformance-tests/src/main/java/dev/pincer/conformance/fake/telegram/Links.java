package dev.pincer.conformance.fake.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link checks behind text links and custom emoji, simplified from TDLib's {@code LinkManager}.
 *
 * <p>An unusable text-link URL is not an error: the entity is just dropped, as the server does.
 */
final class Links {
    private static final Pattern USER_LINK = Pattern.compile("(?i)tg:(?://)?user\\?id=(\\d{1,15})");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile("^[^\\s/?#@]+\\.[^\\s/?#@.]+");

    private Links() {}

    /** The id of the user a {@code tg://user?id=…} link mentions. */
    static Optional<String> mentionedUserId(String url) {
        Matcher matcher = USER_LINK.matcher(url.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The URL as the server would store it ({@code telegram.org} becomes {@code http://telegram.org/}), if usable. */
    static Optional<String> checkedLink(String url) {
        String link = url.strip();
        if (link.isEmpty() || link.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(link);
        if (!scheme.matches()) {
            return withHost("http", link);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (isWebScheme(name)) {
            String rest = scheme.group(2);
            return rest.startsWith("//") ? withHost(name, rest.substring(2)) : Optional.empty();
        }
        if (isAppScheme(name)) {
            return Optional.of(link);
        }
        // "example.org:8080/path" looks like a scheme but is a host with a port.
        return name.contains(".") ? withHost("http", link) : Optional.empty();
    }

    /**
     * The custom emoji id of a {@code tg://emoji?id=…} URL.
     *
     * @throws EntityParseException with TDLib's wording when the URL is not such a link
     */
    static String customEmojiId(String url) {
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.matches() || !scheme.group(1).equalsIgnoreCase("tg")) {
            throw new EntityParseException("Custom emoji URL must have scheme tg");
        }
        String rest = scheme.group(2);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int hostEnd = firstOf(rest, "/?#");
        if (!rest.substring(0, hostEnd).equalsIgnoreCase("emoji")) {
            throw new EntityParseException("Custom emoji URL must have host \"emoji\"");
        }
        int query = rest.indexOf('?');
        int fragment = rest.indexOf('#');
        if (query < 0 || (fragment >= 0 && fragment < query)) {
            throw new EntityParseException("Custom emoji URL must have an emoji identifier");
        }
        String queryText = rest.substring(query + 1, fragment > query ? fragment : rest.length());
        for (String pair : queryText.split("&")) {
            if (pair.startsWith("id=")) {
                String id = pair.substring(3);
                if (!id.matches("[1-9][0-9]{0,18}")) {
                    throw new EntityParseException("Invalid custom emoji identifier specified");
                }
                return id;
            }
        }
        throw new EntityParseException("Custom emoji URL must have an emoji identifier");
    }

    private static Optional<String> withHost(String scheme, String hostAndRest) {
        Matcher host = HOST.matcher(hostAndRest);
        if (!host.find()) {
            return Optional.empty();
        }
        String hostPart = hostAndRest.substring(0, host.end());
        String rest = hostAndRest.substring(host.end());
        if (!rest.startsWith("/")) {
            rest = "/" + rest;
        }
        return Optional.of(scheme + "://" + hostPart + rest);
    }

    private static boolean isWebScheme(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static boolean isAppScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("tg") || s.equals("ton") || s.equals("tonsite");
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
