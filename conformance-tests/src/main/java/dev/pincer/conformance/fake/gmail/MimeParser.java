package dev.pincer.conformance.fake.gmail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an RFC 5322 message with MIME (RFC 2045/2046) as Gmail reads what it is sent: unfolded headers,
 * nested multiparts, and base64, quoted-printable, 7bit and 8bit content. Lenient about bare LF, as Gmail is.
 */
final class MimeParser {
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z0-9_*-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private MimeParser() {}

    /** Parses a whole message; its text is read byte for byte as ISO-8859-1 so that no byte is lost. */
    static MimePart parse(byte[] message) {
        return part(new String(message, StandardCharsets.ISO_8859_1), "text/plain");
    }

    /** True when every line of the header block ends in CRLF. */
    static boolean headerUsesCrlf(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String block = end < 0 ? text : text.substring(0, end + 2);
        return end >= 0 && block.replace("\r\n", "").indexOf('\n') < 0 && block.replace("\r\n", "").indexOf('\r') < 0;
    }

    private static MimePart part(String text, String defaultType) {
        String head;
        String body;
        Matcher blank = Pattern.compile("\r?\n\r?\n").matcher(text);
        if (text.startsWith("\r\n") || text.startsWith("\n")) {
            head = "";
            body = text.substring(text.indexOf('\n') + 1);
        } else if (blank.find()) {
            head = text.substring(0, blank.start());
            body = text.substring(blank.end());
        } else {
            head = text;
            body = "";
        }
        List<MimePart.Header> headers = headers(head);
        String contentType = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type"))
                .map(MimePart.Header::value).findFirst().orElse(defaultType);
        String mimeType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Optional<String> charset = parameter(contentType, "charset");
        if (mimeType.startsWith("multipart/")) {
            String boundary = parameter(contentType, "boundary").orElse("");
            String childDefault = mimeType.equals("multipart/digest") ? "message/rfc822" : "text/plain";
            List<MimePart> parts = new ArrayList<>();
            for (String child : children(body, boundary)) {
                parts.add(part(child, childDefault));
            }
            return new MimePart(headers, mimeType, charset, new byte[0], parts);
        }
        String encoding = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Transfer-Encoding"))
                .map(h -> h.value().trim().toLowerCase(Locale.ROOT)).findFirst().orElse("7bit");
        return new MimePart(headers, mimeType, charset, decode(body, encoding), List.of());
    }

    private static List<MimePart.Header> headers(String head) {
        List<MimePart.Header> headers = new ArrayList<>();
        String unfolded = head.replaceAll("\r?\n(?=[ \t])", "");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new MimePart.Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
        }
        return headers;
    }

    static Optional<String> parameter(String headerValue, String name) {
        Matcher m = PARAMETER.matcher(headerValue);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return Optional.of(m.group(3) != null ? m.group(3) : m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The texts between the boundary lines, up to the closing delimiter. */
    private static List<String> children(String body, String boundary) {
        List<String> children = new ArrayList<>();
        if (boundary.isEmpty()) {
            return children;
        }
        String[] lines = body.split("\r?\n", -1);
        StringBuilder current = null;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals("--" + boundary) || trimmed.equals("--" + boundary + "--")) {
                if (current != null) {
                    children.add(current.toString().replaceFirst("\r\n$", ""));
                }
                current = trimmed.endsWith("--" + boundary + "--") ? null : new StringBuilder();
                if (current == null) {
                    break;
                }
            } else if (current != null) {
                current.append(line).append("\r\n");
            }
        }
        return children;
    }

    private static byte[] decode(String body, String encoding) {
        return switch (encoding) {
            case "base64" -> Base64.getMimeDecoder().decode(body.getBytes(StandardCharsets.ISO_8859_1));
            case "quoted-printable" -> quotedPrintable(body);
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String joined = body.replaceAll("=\r?\n", "");
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && isHex(joined, i + 1) && isHex(joined, i + 2)) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
