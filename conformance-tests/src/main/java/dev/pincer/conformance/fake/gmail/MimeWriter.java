package dev.pincer.conformance.fake.gmail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Writes the messages a test adds as a mail server would have delivered them: RFC 5322 with MIME, CRLF. */
final class MimeWriter {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MimeWriter() {}

    /** The message with these extra headers (such as {@code In-Reply-To}) after {@code Message-ID}. */
    static byte[] write(MailMessage message, String messageId, Instant date, List<MimePart.Header> threading) {
        StringBuilder out = new StringBuilder();
        header(out, "From", message.from());
        header(out, "To", message.to());
        header(out, "Subject", ascii(message.subject()) ? message.subject() : EncodedWords.encode(message.subject()));
        header(out, "Date", DATE.format(date));
        header(out, "Message-ID", messageId);
        threading.forEach(h -> header(out, h.name(), h.value()));
        header(out, "MIME-Version", "1.0");
        if (message.html().isPresent()) {
            String boundary = "000000000000" + Integer.toHexString(messageId.hashCode()) + "b0undary";
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
            out.append("\r\n--").append(boundary).append("\r\n");
            leaf(out, "text/plain", message.charset(), message.body());
            out.append("\r\n--").append(boundary).append("\r\n");
            leaf(out, "text/html", "UTF-8", message.html().get());
            out.append("\r\n--").append(boundary).append("--\r\n");
        } else {
            leaf(out, "text/plain", message.charset(), message.body());
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void leaf(StringBuilder out, String type, String charset, String text) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        header(out, "Content-Type", type + "; charset=\"" + charset + "\"");
        if (charset.equalsIgnoreCase("UTF-8")) {
            header(out, "Content-Transfer-Encoding", "base64");
            out.append("\r\n").append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes));
        } else {
            header(out, "Content-Transfer-Encoding", "quoted-printable");
            out.append("\r\n");
            for (byte b : bytes) {
                int c = b & 0xff;
                out.append(c == '\r' || c == '\n' || (c >= 32 && c < 127 && c != '=') ? String.valueOf((char) c)
                        : String.format(Locale.ROOT, "=%02X", c));
            }
        }
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append("\r\n");
    }

    static boolean ascii(String text) {
        return text.chars().allMatch(c -> c >= 32 && c < 127);
    }
}
