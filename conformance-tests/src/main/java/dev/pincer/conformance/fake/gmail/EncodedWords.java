package dev.pincer.conformance.fake.gmail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 2047 encoded words in header values: {@code =?charset?B?…?=} and {@code =?charset?Q?…?=}. */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)[ \t\r\n]+(=\\?)");

    private EncodedWords() {}

    /** The header value with every encoded word decoded; white space between two encoded words is dropped. */
    static String decode(String value) {
        String joined = BETWEEN_WORDS.matcher(value).replaceAll("$1$2");
        Matcher m = WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group(1), m.group(2), m.group(3)).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} as one or more B-encoded UTF-8 words of at most 75 characters, joined by CRLF and a space. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length()) {
                int next = end + Character.charCount(text.codePointAt(end));
                if (encodedLength(text.substring(start, next)) > 75) {
                    break;
                }
                end = next;
            }
            out.append(out.isEmpty() ? "" : "\r\n ").append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            start = end;
        }
        return out.toString();
    }

    private static int encodedLength(String chunk) {
        return 12 + (chunk.getBytes(StandardCharsets.UTF_8).length + 2) / 3 * 4;
    }

    private static java.util.Optional<String> word(String charset, String encoding, String text) {
        try {
            Charset decoding = Charset.forName(charset.split("\\*", 2)[0]);
            byte[] bytes = encoding.equalsIgnoreCase("B") ? Base64.getDecoder().decode(text) : q(text);
            return java.util.Optional.of(new String(bytes, decoding));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static byte[] q(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
