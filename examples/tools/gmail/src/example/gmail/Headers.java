package example.gmail;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what Gmail serves: header values (with RFC 2047 encoded words) and the plain-text body of a payload. */
final class Headers {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)\"?");

    private Headers() {}

    /** The decoded value of the payload's first header called {@code name}, {@code ""} when there is none. */
    static String decoded(JsonObject payload, String name) {
        return raw(payload, name).map(Headers::decode).orElse("");
    }

    /** The undecoded value of the payload's first header called {@code name}. */
    static Optional<String> raw(JsonObject payload, String name) {
        for (JsonObject header : payload.optArray("headers").map(JsonArray::objects).orElse(List.of())) {
            if (header.string("name").equalsIgnoreCase(name)) {
                return Optional.of(header.string("value"));
            }
        }
        return Optional.empty();
    }

    /** A header value with its encoded words decoded; white space between two encoded words is dropped. */
    static String decode(String value) {
        Matcher m = ENCODED_WORD.matcher(value.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded;
            try {
                byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3)) : qDecode(m.group(3));
                decoded = new String(bytes, Charset.forName(m.group(1)));
            } catch (IllegalArgumentException e) {
                decoded = m.group(); // an unknown charset or a broken word stays as written
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        return m.appendTail(out).toString();
    }

    /** The first {@code text/plain} part in a depth-first walk, decoded with its charset; empty when there is none. */
    static Optional<String> plainText(JsonObject part) {
        if (part.optString("mimeType").orElse("").equalsIgnoreCase("text/plain")) {
            String data = part.optObject("body").flatMap(b -> b.optString("data")).orElse("");
            Charset charset = raw(part, "Content-Type").map(CHARSET::matcher).filter(Matcher::find)
                    .flatMap(m -> known(m.group(1))).orElse(StandardCharsets.UTF_8);
            return Optional.of(new String(Base64.getUrlDecoder().decode(data.strip()), charset));
        }
        for (JsonObject child : part.optArray("parts").map(JsonArray::objects).orElse(List.of())) {
            Optional<String> text = plainText(child);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The charset of this name, or empty when the JDK does not know it (the body is then read as UTF-8). */
    private static Optional<Charset> known(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] qDecode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c == '_' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }
}
