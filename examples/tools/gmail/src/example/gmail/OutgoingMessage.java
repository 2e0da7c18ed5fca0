package example.gmail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A plain-text message as RFC 5322 text: CRLF line ends, {@code Subject} as RFC 2047 encoded words when it
 * is not printable ASCII, and the body's UTF-8 bytes in base64, so that every argument arrives exactly and
 * none can add a header.
 *
 * @param to one address (the schema leaves out spaces, CR and LF)
 * @param cc one address, if any
 * @param subject the subject, any text
 * @param body the plain-text body, any text
 * @param inReplyTo the answered message's {@code Message-ID}, if this is a reply
 * @param references the {@code References} of a reply
 */
record OutgoingMessage(String to, Optional<String> cc, String subject, String body, Optional<String> inReplyTo,
        Optional<String> references) {
    private static final int ENCODED_WORD_MAX = 75;

    /** The message's bytes in base64url, for the {@code raw} member of {@code messages/send}. */
    String raw() {
        return Base64.getUrlEncoder().encodeToString(text().getBytes(StandardCharsets.US_ASCII));
    }

    /** The whole message; every character is ASCII. */
    String text() {
        StringBuilder out = new StringBuilder();
        header(out, "To", to);
        cc.ifPresent(value -> header(out, "Cc", value));
        header(out, "Subject", printable(subject) ? subject : encodedWords(subject));
        inReplyTo.ifPresent(value -> header(out, "In-Reply-To", value));
        references.ifPresent(value -> header(out, "References", value));
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "text/plain; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "base64");
        out.append("\r\n").append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value).append("\r\n");
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(c -> c >= ' ' && c <= '~') && !text.contains("=?");
    }

    /** {@code =?UTF-8?B?…?=} words of at most 75 characters, never splitting a character, folded with CRLF SP. */
    static String encodedWords(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int next = end + Character.charCount(text.codePointAt(end));
            while (next <= text.length() && wordLength(text.substring(start, next)) <= ENCODED_WORD_MAX) {
                end = next;
                next = end < text.length() ? end + Character.charCount(text.codePointAt(end)) : Integer.MAX_VALUE;
            }
            byte[] chunk = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
            out.append(start == 0 ? "" : "\r\n ").append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(chunk)).append("?=");
            start = end;
        }
        return out.toString();
    }

    private static int wordLength(String chunk) {
        return "=?UTF-8?B?".length() + 4 * ((chunk.getBytes(StandardCharsets.UTF_8).length + 2) / 3) + "?=".length();
    }
}
