package dev.pincer.conformance.fake.gmail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One part of a parsed MIME message: its headers as written, its media type, and either its decoded
 * content (a leaf) or its parts (a multipart).
 *
 * @param headers the header fields in order, unfolded, values undecoded
 * @param mimeType the media type in lower case, {@code text/plain} when the part names none
 * @param charset the {@code charset} parameter, if any
 * @param content the content with its Content-Transfer-Encoding removed; empty for a multipart
 * @param parts the sub-parts of a multipart; empty for a leaf
 */
record MimePart(List<Header> headers, String mimeType, Optional<String> charset, byte[] content, List<MimePart> parts) {

    /** One header field. */
    record Header(String name, String value) {}

    MimePart {
        headers = List.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** The first value of a header, looked up case-insensitively. */
    Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    boolean multipart() {
        return mimeType.startsWith("multipart/");
    }

    /** The content as text in the part's charset (US-ASCII when it names none, as RFC 2045 says). */
    String text() {
        Charset decoding = charset.flatMap(MimePart::known).orElse(StandardCharsets.US_ASCII);
        return new String(content, decoding);
    }

    /** The first {@code text/plain} leaf in a depth-first walk, this part included. */
    Optional<MimePart> firstPlainText() {
        if (mimeType.equals("text/plain")) {
            return Optional.of(this);
        }
        return parts.stream().map(MimePart::firstPlainText).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Charset> known(String name) {
        try {
            return Optional.of(Charset.forName(name.toLowerCase(Locale.ROOT).equals("utf8") ? "UTF-8" : name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
