package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The resource an action touches, as a template over its arguments, such as
 * {@code github.repo:{owner}/{repo}}; permissions are granted per resolved resource.
 *
 * <p>A template is a resource type (lower-case words joined by {@code .}), a {@code :}, then literal
 * text and {@code {placeholders}} that name arguments. Immutable and thread-safe.
 */
public final class ResourceTemplate {
    /** The longest template accepted. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final String EXAMPLE = "such as github.repo:{owner}/{repo}";

    private final String text;
    private final List<Object> parts; // String for literal text, Placeholder for {name}

    private record Placeholder(String name) {}

    private ResourceTemplate(String text, List<Object> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a template.
     *
     * @throws ActionDeclarationException naming the field {@code resource}, if the template is malformed
     */
    public static ResourceTemplate parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (text.length() > MAX_LENGTH) {
            throw problem(text, "is longer than " + MAX_LENGTH + " characters", "shorten it");
        }
        if (colon < 0 || !TYPE.matcher(text.substring(0, colon)).matches()) {
            throw problem(text, "does not start with a resource type and ':'",
                    "write a lower-case type such as github.repo, a ':', then the resource, " + EXAMPLE);
        }
        if (colon == text.length() - 1) {
            throw problem(text, "names no resource after ':'", "write the resource after the type, " + EXAMPLE);
        }
        List<Object> parts = new ArrayList<>();
        parts.add(text.substring(0, colon + 1));
        int at = colon + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '{') {
                int close = text.indexOf('}', at);
                String name = close < 0 ? "" : text.substring(at + 1, close);
                if (close < 0 || !PLACEHOLDER.matcher(name).matches()) {
                    throw problem(text, "has a malformed placeholder at index " + at,
                            "write {name} with the name of a required argument, " + EXAMPLE);
                }
                parts.add(new Placeholder(name));
                at = close + 1;
            } else if (c == '}' || c == '*' || c <= ' ' || c > '~') {
                throw problem(text, "has " + (c <= ' ' || c > '~' ? "a space or non-ASCII character" : "'" + c + "'")
                        + " at index " + at, "use printable ASCII without spaces, '*' or unpaired braces, " + EXAMPLE);
            } else {
                int next = at;
                while (next < text.length() && "{}*".indexOf(text.charAt(next)) < 0 && text.charAt(next) > ' '
                        && text.charAt(next) <= '~') {
                    next++;
                }
                parts.add(text.substring(at, next));
                at = next;
            }
        }
        return new ResourceTemplate(text, parts);
    }

    /** The template as written. */
    public String text() {
        return text;
    }

    /** The argument names the template's placeholders name, in order (a name used twice is listed twice). */
    public List<String> placeholders() {
        return parts.stream().filter(Placeholder.class::isInstance).map(p -> ((Placeholder) p).name()).toList();
    }

    /**
     * The resource for these arguments: each placeholder replaced by its argument's value.
     *
     * <p>A string is inserted percent-encoded (UTF-8) except for {@code A-Z a-z 0-9 - . _ ~ @}, so that no
     * value can forge a separator ({@code :}, {@code /}) or a wildcard ({@code *}) while an email address stays
     * readable for patterns such as {@code gmail.to:*@example.com}; a whole number is inserted in decimal.
     *
     * @throws IllegalArgumentException if a placeholder's argument is missing or not a string or whole number
     */
    public String resolve(JsonObject arguments) {
        Objects.requireNonNull(arguments, "arguments");
        StringBuilder resource = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Placeholder(String name)) {
                dev.pincer.spi.json.Json value = arguments.members().get(name);
                if (value instanceof JsonString s) {
                    resource.append(encode(s.value()));
                } else if (value instanceof JsonNumber n && SchemaType.isWhole(n)) {
                    resource.append(n.value().toBigInteger());
                } else {
                    throw new IllegalArgumentException("resource " + text + " needs argument '" + name
                            + "' as a string or whole number, but it is " + (value == null ? "missing" : Json.describe(value))
                            + "; check the arguments against the action's schema first");
                }
            } else {
                resource.append((String) part);
            }
        }
        return resource.toString();
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static ActionDeclarationException problem(String text, String problem, String fix) {
        return new ActionDeclarationException("resource", Json.quote(text) + " " + problem, fix);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceTemplate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
